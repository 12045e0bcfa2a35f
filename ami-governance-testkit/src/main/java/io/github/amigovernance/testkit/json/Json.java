package io.github.amigovernance.testkit.json;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON text (RFC 8259) strictly into plain Java values: objects become insertion-ordered
 * {@code Map<String, Object>}, arrays {@code List<Object>}, strings {@code String}, numbers
 * {@link BigDecimal}, {@code true}/{@code false} {@code Boolean}, and {@code null} {@link #NULL}.
 * Repeated member names, trailing content, raw control characters in strings and lone surrogate
 * escapes are errors. The results are unmodifiable.
 */
public final class Json {

    /** The JSON {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static final int MAX_DEPTH = 200;

    private final String text;
    private int at;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Reads one JSON value that fills all of {@code text}, white space around it aside.
     *
     * @throws JsonSyntaxException if the text is not exactly one JSON value
     */
    public static Object parse(String text) {
        Json reader = new Json(text);
        reader.skipWhiteSpace();
        Object value = reader.value();
        reader.skipWhiteSpace();
        if (reader.at != text.length()) {
            throw reader.error("unexpected content after the value");
        }
        return value;
    }

    /**
     * Reads a JSON object.
     *
     * @throws JsonSyntaxException if the text is not one JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Object value = parse(text);
        if (!(value instanceof Map)) {
            throw new JsonSyntaxException("expected a JSON object at the top level, found " + typeOf(value), 0);
        }
        return (Map<String, Object>) value;
    }

    /** Returns whether {@code text} has no white space outside its strings: the compact form. */
    public static boolean isCompact(String text) {
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Returns a short name of a value's JSON type, for messages. */
    public static String typeOf(Object value) {
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof BigDecimal) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        return "null";
    }

    private Object value() {
        if (at >= text.length()) {
            throw error("unexpected end of text; expected a value");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                literal("true");
                return Boolean.TRUE;
            case 'f':
                literal("false");
                return Boolean.FALSE;
            case 'n':
                literal("null");
                return NULL;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected character " + describe(c) + "; expected a value");
        }
    }

    private Map<String, Object> object() {
        enter();
        at++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhiteSpace();
        if (peek() == '}') {
            at++;
            depth--;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            skipWhiteSpace();
            if (peek() != '"') {
                throw error("expected a member name in double quotes");
            }
            int nameAt = at;
            String name = string();
            skipWhiteSpace();
            expect(':');
            skipWhiteSpace();
            Object value = value();
            if (members.containsKey(name)) {
                throw new JsonSyntaxException("repeated member name \"" + name + "\"", nameAt);
            }
            members.put(name, value);
            skipWhiteSpace();
            char c = peek();
            at++;
            if (c == '}') {
                depth--;
                return Collections.unmodifiableMap(members);
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or '}' in an object");
            }
        }
    }

    private List<Object> array() {
        enter();
        at++;
        List<Object> elements = new ArrayList<>();
        skipWhiteSpace();
        if (peek() == ']') {
            at++;
            depth--;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            skipWhiteSpace();
            elements.add(value());
            skipWhiteSpace();
            char c = peek();
            at++;
            if (c == ']') {
                depth--;
                return Collections.unmodifiableList(elements);
            }
            if (c != ',') {
                at--;
                throw error("expected ',' or ']' in an array");
            }
        }
    }

    private String string() {
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                at--;
                throw error("raw control character " + describe(c) + " in a string; it must be escaped");
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
                    out.append(c).append(text.charAt(at++));
                    continue;
                }
                at--;
                throw error("lone surrogate " + describe(c) + " in a string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (at >= text.length()) {
                throw error("unterminated escape");
            }
            char e = text.charAt(at++);
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> unicodeEscape(out);
                default -> {
                    at -= 2;
                    throw error("unknown escape \\" + e);
                }
            }
        }
    }

    private void unicodeEscape(StringBuilder out) {
        char unit = hex4();
        if (Character.isHighSurrogate(unit)) {
            if (text.startsWith("\\u", at)) {
                at += 2;
                char low = hex4();
                if (Character.isLowSurrogate(low)) {
                    out.append(unit).append(low);
                    return;
                }
            }
            throw error("a high surrogate escape not followed by a low surrogate escape");
        }
        if (Character.isLowSurrogate(unit)) {
            throw error("a low surrogate escape without a high surrogate before it");
        }
        out.append(unit);
    }

    private char hex4() {
        if (at + 4 > text.length()) {
            throw error("unterminated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(at + i), 16);
            if (digit < 0 || text.charAt(at + i) > 'f') {
                throw error("expected four hexadecimal digits after \\u");
            }
            value = value * 16 + digit;
        }
        at += 4;
        return (char) value;
    }

    private BigDecimal number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            throw error("expected a digit");
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            digits();
        }
        return new BigDecimal(text.substring(start, at));
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void literal(String word) {
        if (!text.startsWith(word, at)) {
            throw error("unexpected word; expected " + word);
        }
        at += word.length();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipWhiteSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException(message, at);
    }

    private static String describe(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
    }
}

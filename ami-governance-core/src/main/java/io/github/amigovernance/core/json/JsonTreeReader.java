package io.github.amigovernance.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonNull;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads JSON text into a {@link JsonValue} tree strictly: exactly one value, nothing after it,
 * no comments, no repeated member names, bounded size and nesting.
 *
 * <p>Syntax errors stop the read, since nothing after them can be trusted; a repeated member name
 * is recorded and the read goes on, so that it is reported together with whatever else the
 * caller finds in the tree. Instances are immutable and safe to share between threads.
 */
public final class JsonTreeReader {

    /** The default limit on input size, far above any real config: 16 MiB. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    /** The default limit on nesting depth; a config is at most five levels deep. */
    public static final int DEFAULT_MAX_DEPTH = 64;

    private final JsonFactory factory;
    private final int maxBytes;
    private final int maxDepth;

    /**
     * Creates a reader with the given limits.
     *
     * @param maxBytes the largest input accepted, in bytes
     * @param maxDepth the deepest nesting of arrays and objects accepted
     * @throws IllegalArgumentException if a limit is not positive
     */
    public JsonTreeReader(int maxBytes, int maxDepth) {
        if (maxBytes < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive, got " + maxBytes
                    + " bytes, depth " + maxDepth);
        }
        this.maxBytes = maxBytes;
        this.maxDepth = maxDepth;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxDepth + 1)
                        .maxDocumentLength(maxBytes)
                        .maxStringLength(maxBytes)
                        .maxNumberLength(64)
                        .maxNameLength(1024)
                        .build())
                .build();
    }

    /** Creates a reader with the default limits. */
    public JsonTreeReader() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH);
    }

    /**
     * Reads one JSON value from UTF-8 (or UTF-16/32, detected from the bytes) text.
     *
     * @param content the whole input; a byte-order mark is accepted
     * @param problems where repeated member names are recorded
     * @return the value, or empty when the text is not JSON, in which case the reason has been
     *     recorded in {@code problems}
     */
    public Optional<JsonValue> read(byte[] content, Problems problems) {
        if (content.length == 0 || isBlank(content)) {
            problems.add("the file is empty; expected a JSON object");
            return Optional.empty();
        }
        if (content.length > maxBytes) {
            problems.add("the file is " + content.length + " bytes, more than the limit of " + maxBytes + " bytes");
            return Optional.empty();
        }
        JsonParser parser;
        try {
            parser = factory.createParser(content);
        } catch (IOException e) {
            problems.add("could not be read: " + e.getMessage());
            return Optional.empty();
        }
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.add("the file is empty; expected a JSON object");
                return Optional.empty();
            }
            JsonValue root = readValue(parser, first, "", 0, problems);
            SourceLocation end = location(parser.currentLocation());
            if (!atEnd(parser)) {
                problems.add("", end, "unexpected content after the end of the top-level value; expected the end"
                        + " of the file");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (TooDeep e) {
            problems.add("", e.at, "arrays and objects are nested more than " + maxDepth + " levels deep; expected a"
                    + " shallow document");
            return Optional.empty();
        } catch (StreamConstraintsException e) {
            problems.add("", location(parser.currentLocation()), constraintMessage(e));
            return Optional.empty();
        } catch (StreamReadException e) {
            problems.add("", location(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add("could not be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    private JsonValue readValue(JsonParser parser, JsonToken token, String path, int depth, Problems problems)
            throws IOException {
        SourceLocation at = location(parser.currentTokenLocation());
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= maxDepth) {
            throw new TooDeep(at);
        }
        return switch (token) {
            case START_OBJECT -> readObject(parser, at, path, depth + 1, problems);
            case START_ARRAY -> readArray(parser, at, path, depth + 1, problems);
            case VALUE_STRING -> new JsonString(checkedText(parser.getText(), at, path, problems), at);
            case VALUE_NUMBER_INT -> new JsonNumber(parser.getText(), true, at);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getText(), false, at);
            case VALUE_TRUE -> new JsonBoolean(true, at);
            case VALUE_FALSE -> new JsonBoolean(false, at);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new IllegalStateException("unexpected token " + token + " at " + at);
        };
    }

    private JsonObject readObject(JsonParser parser, SourceLocation at, String path, int depth, Problems problems)
            throws IOException {
        List<Member> members = new ArrayList<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_OBJECT; token = parser.nextToken()) {
            String name = parser.currentName();
            SourceLocation nameAt = location(parser.currentTokenLocation());
            String memberPath = JsonPath.member(path, name);
            JsonValue value = readValue(parser, parser.nextToken(), memberPath, depth, problems);
            SourceLocation first = seen.putIfAbsent(name, nameAt);
            if (first == null) {
                members.add(new Member(name, nameAt, value));
            } else {
                problems.add(memberPath, nameAt, "duplicate key " + Quoting.quote(name) + " (first at line "
                        + first.line() + ", column " + first.column() + "); expected each key once per object");
            }
        }
        return new JsonObject(members, at);
    }

    private JsonArray readArray(JsonParser parser, SourceLocation at, String path, int depth, Problems problems)
            throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(readValue(parser, token, JsonPath.element(path, elements.size()), depth, problems));
        }
        return new JsonArray(elements, at);
    }

    /**
     * Records a problem when {@code text} holds half of a surrogate pair, which JSON's {@code \\u}
     * escapes allow but no Unicode text has: written out as UTF-8 it would silently become
     * {@code ?}, so a policy would no longer say what the config says. (Jackson already refuses
     * half a pair in a member name, as a syntax error.)
     */
    private static String checkedText(String text, SourceLocation at, String path, Problems problems) {
        int unpaired = unpairedSurrogate(text);
        if (unpaired >= 0) {
            problems.add(path, at, String.format(Locale.ROOT, "the text has half of a surrogate pair (\\u%04x at"
                    + " character %d), which is not valid Unicode; expected both halves, such as \\ud83d\\ude00"
                    + " for one emoji, or the character itself", (int) text.charAt(unpaired), unpaired + 1));
        }
        return text;
    }

    /** Returns the index of the first surrogate that is not part of a pair, or -1 when there is none. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Stops a read that nests deeper than the limit, at the value that crossed it. */
    private static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation at;

        TooDeep(SourceLocation at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    /** Returns whether nothing but white space follows; anything else, even malformed, is trailing content. */
    private static boolean atEnd(JsonParser parser) throws IOException {
        try {
            return parser.nextToken() == null;
        } catch (StreamReadException e) {
            return false;
        }
    }

    private String constraintMessage(StreamConstraintsException e) {
        String text = e.getOriginalMessage();
        return "the input exceeds a size limit: " + text;
    }

    private static SourceLocation location(JsonLocation location) {
        if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
            return new SourceLocation(1, 1);
        }
        return new SourceLocation(location.getLineNr(), location.getColumnNr());
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}

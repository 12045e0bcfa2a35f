package io.github.amigovernance.core.json;

/** Renders rejected input for error messages: quoted, escaped and cut to a readable length. */
public final class Quoting {

    /** The longest piece of input that an error message repeats. */
    static final int MAX_ECHO = 60;

    private Quoting() {
    }

    /**
     * Returns the text in double quotes, with quotes, backslashes and control characters escaped
     * and anything past {@value #MAX_ECHO} characters replaced by an ellipsis.
     */
    public static String quote(String text) {
        String shown = truncate(text);
        StringBuilder out = new StringBuilder(shown.length() + 2).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) && !isPairedAt(shown, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Returns the text cut to {@value #MAX_ECHO} characters, with an ellipsis when it was longer. */
    public static String truncate(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_ECHO) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX_ECHO);
        return text.substring(0, end) + "…";
    }

    private static boolean isPairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

package io.github.amigovernance.testkit.json;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Writes plain Java values as JSON in many equivalent forms: members in the order of the map,
 * white space from none to random, and characters written as themselves or as escapes. Every form
 * of a value reads back to the same value, which is what lets a test check that the reader under
 * test does not care about layout.
 *
 * <p>Accepted values: {@code Map<String, ?>}, {@code List<?>}, {@code String}, {@code Integer},
 * {@code Long}, {@code Boolean} and {@link Json#NULL}.
 */
public final class JsonWriter {

    private static final List<String> RANDOM_SPACE = List.of("", " ", "\n", "\t", "\r\n", "  ", "\n    ");

    private final Layout layout;
    private final SplittableRandom random;
    private final StringBuilder out = new StringBuilder();

    private JsonWriter(Layout layout) {
        this.layout = layout;
        this.random = new SplittableRandom(layout.seed());
    }

    /** Returns {@code value} as JSON text laid out as {@code layout} says. */
    public static String write(Object value, Layout layout) {
        Objects.requireNonNull(layout, "layout");
        JsonWriter writer = new JsonWriter(layout);
        writer.value(value, 0);
        return writer.out.toString();
    }

    private void value(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            object(map, depth);
        } else if (value instanceof List<?> list) {
            array(list, depth);
        } else if (value instanceof String text) {
            string(text);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            out.append(value);
        } else if (value == Json.NULL) {
            out.append("null");
        } else {
            throw new IllegalArgumentException("cannot write " + (value == null ? "null" : value.getClass())
                    + " as JSON");
        }
    }

    private void object(Map<?, ?> map, int depth) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> member : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            space(depth + 1);
            string((String) member.getKey());
            out.append(layout.spacing() == Spacing.COMPACT ? ":" : layout.spacing() == Spacing.RANDOM
                    ? randomSpace() + ":" + randomSpace() : ": ");
            value(member.getValue(), depth + 1);
        }
        if (!map.isEmpty()) {
            space(depth);
        }
        out.append('}');
    }

    private void array(List<?> list, int depth) {
        out.append('[');
        boolean first = true;
        for (Object element : list) {
            if (!first) {
                out.append(',');
            }
            first = false;
            space(depth + 1);
            value(element, depth + 1);
        }
        if (!list.isEmpty()) {
            space(depth);
        }
        out.append(']');
    }

    private void space(int depth) {
        switch (layout.spacing()) {
            case COMPACT -> { }
            case SPACED -> out.append(' ');
            case INDENTED -> out.append('\n').append("  ".repeat(depth));
            case RANDOM -> out.append(randomSpace());
            default -> throw new IllegalStateException("spacing " + layout.spacing());
        }
    }

    private String randomSpace() {
        return RANDOM_SPACE.get(random.nextInt(RANDOM_SPACE.size()));
    }

    private void string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                String shortForm = switch (c) {
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    default -> null;
                };
                boolean useShortForm = shortForm != null && (!layout.escapes() || random.nextBoolean());
                out.append(useShortForm ? shortForm : unicodeEscape(c));
            } else if (c == '/' && escapeChance()) {
                out.append("\\/");
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                char low = text.charAt(++i);
                boolean escape = layout.escapes() && random.nextBoolean();
                out.append(escape ? unicodeEscape(c) + unicodeEscape(low) : "" + c + low);
            } else if (c >= 0x80 || Character.isLetterOrDigit(c)) {
                if (layout.escapes() && random.nextInt(c >= 0x80 ? 2 : 20) == 0) {
                    out.append(unicodeEscape(c));
                } else {
                    out.append(c);
                }
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }

    private boolean escapeChance() {
        return layout.escapes() && random.nextBoolean();
    }

    private static String unicodeEscape(char c) {
        return String.format(Locale.ROOT, "\\u%04x", (int) c);
    }

    /** How white space is placed between tokens. */
    public enum Spacing {

        /** No white space at all. */
        COMPACT,

        /** One space before each member and element. */
        SPACED,

        /** One member or element a line, indented by two spaces a level. */
        INDENTED,

        /** Random white space (spaces, tabs, line breaks) wherever JSON allows it. */
        RANDOM
    }

    /**
     * How a document is laid out.
     *
     * @param spacing where white space goes
     * @param escapes whether characters are sometimes written as escapes ({@code \u00e9}, {@code \/})
     *     when they need not be
     * @param seed the seed of the random choices the layout makes
     */
    public record Layout(Spacing spacing, boolean escapes, long seed) {

        /** Checks that the spacing is given. */
        public Layout {
            Objects.requireNonNull(spacing, "spacing");
        }

        /** The plainest layout: compact, escaping only what JSON requires. */
        public static final Layout PLAIN = new Layout(Spacing.COMPACT, false, 0);
    }
}

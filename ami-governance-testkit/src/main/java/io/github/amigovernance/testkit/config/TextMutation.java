package io.github.amigovernance.testkit.config;

import io.github.amigovernance.testkit.Generator;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One random edit of text: a character deleted, duplicated, swapped with the next one, or replaced
 * by a character that matters to JSON. Positions are taken modulo the text's length, so any edit
 * applies to any text.
 *
 * @param kind what the edit does
 * @param position where, before taking it modulo the length; not negative
 * @param replacement the character that {@link Kind#REPLACE} puts in, as a code point
 */
public record TextMutation(Kind kind, int position, int replacement) {

    private static final int[] INTERESTING = "{}[]\":,\\0123456789-+.eE tfnu\n\t\u0000\u00e9\ud83d\ude00\ufeff"
            .codePoints().toArray();

    /** Checks that no part is missing and that the position is not negative. */
    public TextMutation {
        Objects.requireNonNull(kind, "kind");
        if (position < 0) {
            throw new IllegalArgumentException("a position cannot be negative, got " + position);
        }
    }

    /** What an edit does. */
    public enum Kind {

        /** Removes the character. */
        DELETE,

        /** Writes the character twice. */
        DUPLICATE,

        /** Swaps the character with the next one. */
        SWAP,

        /** Puts another character in its place. */
        REPLACE
    }

    /** Returns a generator of edits. */
    public static Generator<TextMutation> generator() {
        return source -> new TextMutation(source.pick(List.of(Kind.values())), source.between(0, Integer.MAX_VALUE),
                INTERESTING[source.between(0, INTERESTING.length - 1)]);
    }

    /** Returns {@code text} with this edit made; empty text stays empty. */
    public String applyTo(String text) {
        return applyAll(text, List.of(this));
    }

    /** Returns {@code text} with every edit of {@code mutations} made, in order. */
    public static String applyAll(String text, List<TextMutation> mutations) {
        int[] points = text.codePoints().toArray();
        for (TextMutation mutation : mutations) {
            points = mutation.applyTo(points);
        }
        return new String(points, 0, points.length);
    }

    private int[] applyTo(int[] points) {
        if (points.length == 0) {
            return points;
        }
        int at = position % points.length;
        int[] result;
        switch (kind) {
            case DELETE -> {
                result = new int[points.length - 1];
                System.arraycopy(points, 0, result, 0, at);
                System.arraycopy(points, at + 1, result, at, points.length - at - 1);
            }
            case DUPLICATE -> {
                result = new int[points.length + 1];
                System.arraycopy(points, 0, result, 0, at + 1);
                System.arraycopy(points, at, result, at + 1, points.length - at);
            }
            case SWAP -> {
                result = Arrays.copyOf(points, points.length);
                int next = (at + 1) % points.length;
                result[at] = points[next];
                result[next] = points[at];
            }
            case REPLACE -> {
                result = Arrays.copyOf(points, points.length);
                result[at] = replacement;
            }
            default -> throw new IllegalStateException("kind " + kind);
        }
        return result;
    }
}

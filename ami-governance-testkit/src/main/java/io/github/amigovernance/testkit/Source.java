package io.github.amigovernance.testkit;

import java.util.List;

/**
 * The random choices generators draw from. A seeded source repeats the same choices for the same
 * seed; other implementations (a fuzzer's input, say) can drive the same generators.
 */
public interface Source {

    /**
     * Returns a number from {@code min} to {@code max}, both included.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    int between(int min, int max);

    /**
     * Returns a number from {@code min} to {@code max}, both included.
     *
     * @throws IllegalArgumentException if {@code min > max}
     */
    long between(long min, long max);

    /** Returns true with a chance of {@code percent} in a hundred. */
    default boolean percent(int percent) {
        return between(1, 100) <= percent;
    }

    /**
     * Returns one of {@code options}, each as likely as the others.
     *
     * @throws IllegalArgumentException if {@code options} is empty
     */
    default <T> T pick(List<T> options) {
        if (options.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return options.get(between(0, options.size() - 1));
    }

    /** Returns a source whose choices are fixed by {@code seed}. */
    static Source seeded(long seed) {
        return new SeededSource(seed);
    }
}

package io.github.amigovernance.testkit;

import java.util.SplittableRandom;

/** A {@link Source} backed by a {@link SplittableRandom}: the same seed gives the same choices. */
final class SeededSource implements Source {

    private final SplittableRandom random;

    SeededSource(long seed) {
        this.random = new SplittableRandom(seed);
    }

    @Override
    public int between(int min, int max) {
        return (int) between((long) min, (long) max);
    }

    @Override
    public long between(long min, long max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " to " + max);
        }
        if (max == Long.MAX_VALUE) {
            return min == Long.MIN_VALUE ? random.nextLong() : random.nextLong(min - 1, max) + 1;
        }
        return random.nextLong(min, max + 1);
    }
}

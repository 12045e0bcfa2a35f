package io.github.amigovernance.core.impact;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Keeps the smallest distinct values offered to it, at most a fixed number. Because it keeps the
 * smallest, the sample is the same whatever order values arrive in, and two samples merge into the
 * sample of the union. Not thread-safe.
 *
 * @param <T> the value type
 */
final class BoundedSample<T> {

    private final int capacity;
    private final TreeSet<T> values;

    BoundedSample(int capacity, Comparator<? super T> order) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a sample holds at least one value, got capacity " + capacity);
        }
        this.capacity = capacity;
        this.values = new TreeSet<>(order);
    }

    /** Creates a sample of strings in natural order. */
    static BoundedSample<String> ofStrings(int capacity) {
        return new BoundedSample<>(capacity, Comparator.naturalOrder());
    }

    /** Offers a value; it is kept if it is among the smallest seen so far. */
    void add(T value) {
        if (values.size() < capacity) {
            values.add(value);
        } else if (values.comparator().compare(value, values.last()) < 0 && values.add(value)) {
            values.pollLast();
        }
    }

    /** Offers every value of {@code other}. */
    void addAll(BoundedSample<T> other) {
        other.values.forEach(this::add);
    }

    /** Offers every value of {@code others}. */
    void addAll(Collection<T> others) {
        others.forEach(this::add);
    }

    /** Returns the kept values, smallest first. */
    List<T> values() {
        return List.copyOf(values);
    }
}

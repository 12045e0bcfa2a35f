package io.github.amigovernance.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Makes one value from the choices of a {@link Source}. Generators are pure functions of the
 * source, so a seeded source makes every generated value reproducible.
 *
 * @param <T> the type of value made
 */
@FunctionalInterface
public interface Generator<T> {

    /** Returns a new value drawn from {@code source}. */
    T next(Source source);

    /** Returns a generator of {@code mapper} applied to this generator's values. */
    default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return source -> mapper.apply(next(source));
    }

    /** Returns a generator that uses each value of this one to choose the generator of the result. */
    default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return source -> mapper.apply(next(source)).next(source);
    }

    /** Returns a generator that always makes {@code value}. */
    static <T> Generator<T> constant(T value) {
        return source -> value;
    }

    /** Returns a generator of numbers from {@code min} to {@code max}, both included, all equally likely. */
    static Generator<Integer> between(int min, int max) {
        if (min > max) {
            throw new IllegalArgumentException("empty range: " + min + " to " + max);
        }
        return source -> source.between(min, max);
    }

    /** Returns a generator that picks one of {@code values}, each as likely as the others. */
    static <T> Generator<T> oneOf(List<T> values) {
        List<T> copy = List.copyOf(values);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("oneOf needs at least one value");
        }
        return source -> source.pick(copy);
    }

    /**
     * Returns a generator that first picks one of {@code choices} with a chance proportional to its
     * weight, then draws from it.
     */
    @SafeVarargs
    static <T> Generator<T> weighted(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> list = List.of(choices);
        int total = list.stream().mapToInt(Weighted::weight).sum();
        if (total < 1) {
            throw new IllegalArgumentException("weighted needs at least one choice of positive weight");
        }
        return source -> {
            int ticket = source.between(1, total);
            for (Weighted<? extends T> choice : list) {
                ticket -= choice.weight();
                if (ticket <= 0) {
                    return choice.generator().next(source);
                }
            }
            throw new AssertionError("weights add up to " + total);
        };
    }

    /** Returns a generator of lists whose length comes from {@code size} and elements from {@code element}. */
    static <T> Generator<List<T>> listOf(Generator<? extends T> element, Generator<Integer> size) {
        return source -> {
            int length = size.next(source);
            List<T> list = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                list.add(element.next(source));
            }
            return List.copyOf(list);
        };
    }

    /** Returns a generator that makes a value of {@code present} in {@code percent} cases out of a hundred. */
    static <T> Generator<Optional<T>> optional(Generator<T> present, int percent) {
        return source -> source.percent(percent) ? Optional.of(present.next(source)) : Optional.empty();
    }

    /**
     * One choice of {@link #weighted}.
     *
     * @param <T> the type of value made
     * @param weight how often the choice is taken, relative to the others; not negative
     * @param generator what makes the value when it is taken
     */
    record Weighted<T>(int weight, Generator<T> generator) {

        /** Checks the weight and that the generator is given. */
        public Weighted {
            if (weight < 0) {
                throw new IllegalArgumentException("a weight cannot be negative, got " + weight);
            }
            Objects.requireNonNull(generator, "generator");
        }

        /** Returns a choice taken {@code weight} times in proportion. */
        public static <T> Weighted<T> of(int weight, Generator<T> generator) {
            return new Weighted<>(weight, generator);
        }
    }
}

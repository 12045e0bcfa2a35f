package io.github.amigovernance.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Proposes smaller versions of a failing input. The harness keeps the first candidate that still
 * fails and asks again, until no candidate fails; so a failure is reported on an input with no
 * element it does not need.
 *
 * @param <T> the type of input
 */
@FunctionalInterface
public interface Shrinker<T> {

    /**
     * Returns inputs smaller than {@code value}, the boldest first; none when it cannot shrink.
     * The stream is consumed lazily, so candidates can be expensive to make.
     */
    Stream<T> candidates(T value);

    /** Returns a shrinker that proposes nothing. */
    static <T> Shrinker<T> none() {
        return value -> Stream.empty();
    }

    /**
     * Returns a shrinker of lists that drops elements: first all of them, then each half, each
     * quarter, and so on down to single elements. Elements themselves are kept as they are.
     */
    static <E> Shrinker<List<E>> dropElements() {
        return list -> {
            int size = list.size();
            Stream<Integer> chunks = Stream.iterate(size, chunk -> chunk >= 1, chunk -> chunk / 2);
            return chunks.flatMap(chunk -> IntStream.iterate(0, start -> start < size, start -> start + chunk)
                    .mapToObj(start -> without(list, start, Math.min(size, start + chunk))));
        };
    }

    /**
     * Returns a shrinker of {@code T} that drops elements of one of its lists.
     *
     * @param get reads the list from a value
     * @param with returns a copy of a value with another list
     */
    static <T, E> Shrinker<T> dropping(Function<T, List<E>> get, BiFunction<T, List<E>, T> with) {
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(with, "with");
        Shrinker<List<E>> lists = dropElements();
        return value -> lists.candidates(get.apply(value)).map(smaller -> with.apply(value, smaller));
    }

    /** Returns a shrinker that proposes this shrinker's candidates, then those of {@code next}. */
    default Shrinker<T> andThen(Shrinker<T> next) {
        Objects.requireNonNull(next, "next");
        return value -> Stream.concat(candidates(value), Stream.of(value).flatMap(next::candidates));
    }

    private static <E> List<E> without(List<E> list, int from, int to) {
        List<E> rest = new ArrayList<>(list.size() - (to - from));
        rest.addAll(list.subList(0, from));
        rest.addAll(list.subList(to, list.size()));
        return List.copyOf(rest);
    }
}

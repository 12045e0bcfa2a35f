package io.github.amigovernance.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

final class ShrinkerTest {

    @Test
    void dropElements_fourElements_dropsAllThenHalvesThenSingles() {
        List<List<Integer>> candidates = Shrinker.<Integer>dropElements().candidates(List.of(1, 2, 3, 4)).toList();

        assertEquals(List.of(List.of(), List.of(3, 4), List.of(1, 2), List.of(2, 3, 4), List.of(1, 3, 4),
                List.of(1, 2, 4), List.of(1, 2, 3)), candidates);
    }

    @Test
    void dropElements_emptyList_hasNoCandidates() {
        assertEquals(List.of(), Shrinker.<Integer>dropElements().candidates(List.of()).toList());
    }

    @Test
    void andThen_concatenatesCandidates() {
        Shrinker<Integer> halve = n -> n > 1 ? java.util.stream.Stream.of(n / 2) : java.util.stream.Stream.empty();
        Shrinker<Integer> decrement = n -> n > 0 ? java.util.stream.Stream.of(n - 1) : java.util.stream.Stream.empty();

        assertEquals(List.of(5, 9), halve.andThen(decrement).candidates(10).toList());
    }
}

package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

final class BoundedSampleTest {

    @Test
    void add_anyOrder_keepsTheSameSmallestValues() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            values.add(String.format("i-%05d", i));
        }
        long seed = 20261203L;
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(values, random);
            BoundedSample<String> sample = BoundedSample.ofStrings(3);

            values.forEach(sample::add);

            assertEquals(List.of("i-00000", "i-00001", "i-00002"), sample.values(),
                    "seed " + seed + ", round " + round);
        }
    }

    @Test
    void addAll_twoHalves_equalsTheSampleOfTheWhole() {
        BoundedSample<String> left = BoundedSample.ofStrings(4);
        BoundedSample<String> right = BoundedSample.ofStrings(4);
        List.of("d", "b", "z", "q").forEach(left::add);
        List.of("a", "y", "c", "b").forEach(right::add);

        left.addAll(right);

        assertEquals(List.of("a", "b", "c", "d"), left.values());
    }

    @Test
    void constructor_noCapacity_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundedSample.ofStrings(0));

        assertTrue(e.getMessage().contains("capacity 0"), e.getMessage());
    }
}

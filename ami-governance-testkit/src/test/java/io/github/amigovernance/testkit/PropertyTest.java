package io.github.amigovernance.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class PropertyTest {

    private static final Generator<List<Integer>> LISTS = Generator.listOf(Generator.between(0, 100),
            Generator.between(0, 50));

    @AfterEach
    void clearSystemProperties() {
        System.clearProperty(Property.SEED_PROPERTY);
        System.clearProperty(Property.TRIES_PROPERTY);
    }

    @Test
    void check_claimThatHolds_runsEveryTryAndCountsThem() {
        AtomicInteger calls = new AtomicInteger();

        Property.Result result = Property.named("countsItsTries").forAll(LISTS).tries(123)
                .check(list -> calls.incrementAndGet());

        assertEquals(123, result.cases());
        assertEquals(123, calls.get());
        assertEquals(Property.DEFAULT_SEED, result.seed());
        assertEquals("property countsItsTries: 123 cases passed (seed 20261203)", result.toString());
    }

    @Test
    void check_sameSeed_generatesTheSameInputs() {
        assertEquals(inputsOf("sameSeed"), inputsOf("sameSeed"));
    }

    @Test
    void check_otherSeed_generatesOtherInputs() {
        List<List<Integer>> withDefault = inputsOf("otherSeed");
        System.setProperty(Property.SEED_PROPERTY, "7");

        List<List<Integer>> withSeven = inputsOf("otherSeed");

        assertNotEquals(withDefault, withSeven);
        assertEquals(withSeven, inputsOf("otherSeed"));
    }

    @Test
    void check_triesProperty_replacesTheNumberOfTries() {
        System.setProperty(Property.TRIES_PROPERTY, "7");

        assertEquals(7, Property.named("fewerTries").forAll(LISTS).tries(500).check(list -> { }).cases());
    }

    @Test
    void check_claimThatFails_reportsTheShrunkInputSeedAndRepeatCommand() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.named("noElementIsThirteen")
                .forAll(LISTS)
                .shrinkingWith(Shrinker.dropElements())
                .tries(1000)
                .check(list -> {
                    if (list.contains(13)) {
                        throw new AssertionError("found 13 in " + list);
                    }
                }));

        String report = failure.getMessage();
        assertTrue(report.startsWith("property noElementIsThirteen failed on case "), report);
        assertTrue(report.contains("(seed 20261203): found 13 in [13]"), report);
        assertTrue(report.contains("Repeat it with: mvn -o -q test -Dtest='PropertyTest#check_claimThatFails_"
                + "reportsTheShrunkInputSeedAndRepeatCommand' -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dami.seed=20261203"), report);
        assertTrue(report.contains("Smallest failing input (") && report.contains("\n[13]\n"), report);
        assertTrue(report.contains("Original failing input:"), report);
        assertInstanceOf(AssertionError.class, failure.getCause());
        assertEquals("found 13 in [13]", failure.getCause().getMessage());
    }

    @Test
    void check_checkThatThrows_isAFailureToo() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.named("neverThrows")
                .forAll(LISTS).check(list -> {
                    throw new IllegalStateException("boom");
                }));

        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertTrue(failure.getMessage().contains("boom"), failure.getMessage());
    }

    @Test
    void checkAndClassify_labelRarerThanExpected_failsNamingIt() {
        PropertyFailure failure = assertThrows(PropertyFailure.class, () -> Property.named("rareLabel")
                .forAll(LISTS).tries(200).expectLabel("empty", 0.5)
                .checkAndClassify(list -> list.isEmpty() ? "empty" : "not empty"));

        assertTrue(failure.getMessage().contains("the label \"empty\" was seen in"), failure.getMessage());
    }

    @Test
    void checkAndClassify_countsLabels() {
        Property.Result result = Property.named("countsLabels").forAll(Generator.between(1, 10)).tries(300)
                .expectLabel("even", 0.3)
                .checkAndClassify(n -> n % 2 == 0 ? "even" : "odd");

        assertEquals(300, result.labels().get("even") + result.labels().get("odd"));
        assertTrue(result.toString().contains("[even: "), result.toString());
    }

    @Test
    void tries_belowOne_isRejected() {
        Property<Integer> property = Property.named("x").forAll(Generator.constant(1));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> property.tries(0));

        assertTrue(e.getMessage().contains("got 0"), e.getMessage());
    }

    @Test
    void configuredSeed_notANumber_isRejectedNamingTheValue() {
        System.setProperty(Property.SEED_PROPERTY, "forty-two");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Property::configuredSeed);

        assertTrue(e.getMessage().contains("\"forty-two\""), e.getMessage());
    }

    private static List<List<Integer>> inputsOf(String name) {
        List<List<Integer>> seen = new ArrayList<>();
        Property.named(name).forAll(LISTS).tries(20).check(seen::add);
        return seen;
    }
}

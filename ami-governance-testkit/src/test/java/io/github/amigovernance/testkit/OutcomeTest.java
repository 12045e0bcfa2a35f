package io.github.amigovernance.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class OutcomeTest {

    @Test
    void of_value_succeeds() {
        Outcome<String, IllegalStateException> outcome = Outcome.of(IllegalStateException.class, () -> "ok");

        assertEquals("ok", outcome.value().orElseThrow());
    }

    @Test
    void of_documentedException_isTheFailure() {
        Outcome<String, IllegalStateException> outcome = Outcome.of(IllegalStateException.class, () -> {
            throw new IllegalStateException("bad input");
        });

        assertEquals("bad input", outcome.failure().orElseThrow().getMessage());
    }

    @Test
    void of_otherException_failsTheTestNamingIt() {
        AssertionError error = assertThrows(AssertionError.class, () -> Outcome.of(IllegalStateException.class,
                () -> {
                    throw new NullPointerException("oops");
                }));

        assertTrue(error.getMessage().contains("IllegalStateException, but it threw java.lang.NullPointerException:"
                + " oops"), error.getMessage());
        assertInstanceOf(NullPointerException.class, error.getCause());
    }
}

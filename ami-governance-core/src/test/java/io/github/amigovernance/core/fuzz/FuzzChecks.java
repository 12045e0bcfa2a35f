package io.github.amigovernance.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.testkit.Outcome;
import java.util.Optional;
import java.util.function.Function;

/**
 * The claim every fuzz target over an input format makes: any bytes either parse, or are rejected
 * with {@link InvalidInputException} carrying problems that name the input. A parser for a new
 * format (such as exception requests) gets its target in a few lines:
 *
 * <pre>{@code
 * @FuzzTest
 * void anyBytesParseOrFailWithTheTypedRequestError(@NotNull byte[] input) {
 *     FuzzChecks.parsedOrRejected(input, bytes -> new RequestParser().parse(bytes, FuzzChecks.SOURCE));
 * }
 * }</pre>
 */
final class FuzzChecks {

    /** The name fuzz inputs are parsed under; problems must carry it. */
    static final String SOURCE = "fuzz-input.json";

    private FuzzChecks() {
    }

    /**
     * Returns what {@code parser} made of {@code input}, or empty when it rejected the input with the
     * typed error.
     *
     * @throws AssertionError if the parser threw anything else, or its error is not usable
     */
    static <T> Optional<T> parsedOrRejected(byte[] input, Function<byte[], T> parser) {
        Outcome<T, InvalidInputException> outcome = Outcome.of(InvalidInputException.class,
                () -> parser.apply(input));
        outcome.failure().ifPresent(error -> {
            assertFalse(error.problems().isEmpty(), "an input error carries its problems");
            for (InputProblem problem : error.problems()) {
                assertEquals(SOURCE, problem.source(), "a problem names the input: " + problem);
                assertFalse(problem.message().isBlank(), "a problem says what is wrong: " + problem);
            }
        });
        return outcome.value();
    }
}

package io.github.amigovernance.examples;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The little argument handling the embedding examples share. */
final class Arguments {

    private Arguments() {
    }

    /** Returns today in UTC, the day every computation of this project defaults to. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /**
     * Reads a date written {@code YYYY-MM-DD}.
     *
     * @throws InvalidInputException if it is not one
     */
    static LocalDate date(String value) {
        try {
            if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // reported below, with the value
        }
        throw new InvalidInputException(List.of(InputProblem.of("date argument",
                "expected a real calendar date as YYYY-MM-DD, found \"" + value + "\"")));
    }
}

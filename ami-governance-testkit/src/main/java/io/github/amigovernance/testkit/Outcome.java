package io.github.amigovernance.testkit;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * How an action that may fail only in one documented way ended: with a value, or with an exception
 * of the documented type. Any other exception is a test failure.
 *
 * @param <R> the type of value
 * @param <X> the documented exception type
 * @param value the value, when the action returned one
 * @param failure the documented exception, when the action threw it
 */
public record Outcome<R, X extends Throwable>(Optional<R> value, Optional<X> failure) {

    /**
     * Checks that exactly one part is present.
     *
     * @throws IllegalArgumentException if both or neither are present
     */
    public Outcome {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(failure, "failure");
        if (value.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an outcome is a value or a failure, not both or neither");
        }
    }

    /**
     * Runs {@code action} and returns its value, or the exception when it is a {@code documented}
     * one.
     *
     * @throws AssertionError if the action throws anything else (the cause), or returns null
     */
    public static <R, X extends Throwable> Outcome<R, X> of(Class<X> documented, Callable<R> action) {
        Objects.requireNonNull(documented, "documented");
        R result;
        try {
            result = action.call();
        } catch (Throwable thrown) {
            if (documented.isInstance(thrown)) {
                return new Outcome<>(Optional.empty(), Optional.of(documented.cast(thrown)));
            }
            throw new AssertionError("expected a value or " + documented.getSimpleName() + ", but it threw "
                    + thrown, thrown);
        }
        if (result == null) {
            throw new AssertionError("expected a value or " + documented.getSimpleName() + ", but it returned null");
        }
        return new Outcome<>(Optional.of(result), Optional.empty());
    }

    /** Returns whether the action returned a value. */
    public boolean succeeded() {
        return value.isPresent();
    }
}

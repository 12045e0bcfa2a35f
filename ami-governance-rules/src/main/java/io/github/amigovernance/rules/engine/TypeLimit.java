package io.github.amigovernance.rules.engine;

import java.util.Objects;

/**
 * The longest an exception of one type may run.
 *
 * @param type the type name
 * @param maxDays the maximum duration in days
 */
public record TypeLimit(String type, int maxDays) {

    /** Checks that no part is missing. */
    public TypeLimit {
        Objects.requireNonNull(type, "type");
    }
}

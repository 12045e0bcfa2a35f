package io.github.amigovernance.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One approval of an exception request: who approved, in which role, and when.
 *
 * @param role the role the approver acted in, such as {@code security-lead}
 * @param name the approver's name
 * @param date the day of the approval
 */
public record Approval(String role, String name, LocalDate date) {

    /**
     * Checks that no part is missing.
     *
     * @throws IllegalArgumentException if the role or name is blank
     */
    public Approval {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        if (role.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("an approval needs a role and a name");
        }
    }
}

package io.github.amigovernance.rules;

import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.verify.Finding;
import java.util.List;
import java.util.Objects;

/**
 * Where one config exception stands on a day, and what the rules found about it.
 *
 * @param index the entry's position in {@code exception_accounts}
 * @param exception the entry
 * @param state active, expiring soon or expired
 * @param daysLeft days from the day of the check to the expiry day; negative once expired
 * @param findings the rules' findings about this entry, errors first
 */
public record ExceptionStatus(int index, ExceptionAccount exception, State state, long daysLeft,
        List<Finding> findings) {

    /** Checks that no part is missing and copies the findings. */
    public ExceptionStatus {
        Objects.requireNonNull(exception, "exception");
        Objects.requireNonNull(state, "state");
        findings = List.copyOf(findings);
    }

    /** Where an exception stands. */
    public enum State {

        /** Valid, and not expiring within the warning window. */
        ACTIVE,

        /** Valid, but its last day falls within the warning window. */
        EXPIRING,

        /** Its last day has passed; the policies leave it out. */
        EXPIRED;

        /** Returns the lower-case name used in output. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}

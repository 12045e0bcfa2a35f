package io.github.amigovernance.rules.engine;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The policy values every rule may compare with, and the day of the evaluation.
 *
 * @param asOf the day (UTC) the evaluation holds for
 * @param absoluteMaxDays the longest any one exception, or unbroken chain without extension
 *     approval, may run
 * @param extensionApprover the role that approves chains past {@code absoluteMaxDays}
 * @param warningDays how many days before expiry a config entry is reported as expiring soon
 */
public record RuleParameters(LocalDate asOf, int absoluteMaxDays, String extensionApprover, int warningDays) {

    /** Checks that no part is missing. */
    public RuleParameters {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(extensionApprover, "extensionApprover");
    }

    /** Returns the last day on which an expiry counts as coming soon. */
    public LocalDate warningHorizon() {
        return asOf.plusDays(warningDays);
    }
}

package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.verify.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * How both deployed policies compare with what the config renders on one day.
 *
 * @param asOf the day the config was rendered for
 * @param mode the enforcement mode it was rendered in
 * @param policies the declarative policy's result, then the SCP's
 */
public record DriftReport(LocalDate asOf, EnforcementMode mode, List<PolicyDrift> policies) {

    /** Checks that no part is missing and copies the list. */
    public DriftReport {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(mode, "mode");
        policies = List.copyOf(policies);
    }

    /** Returns every finding, the declarative policy's first. */
    public List<Finding> findings() {
        return policies.stream().flatMap(p -> p.findings().stream()).toList();
    }

    /** Returns whether both policies are deployed as rendered: no error finding. */
    public boolean inSync() {
        return findings().stream().noneMatch(Finding::isError);
    }
}

package io.github.amigovernance.rules;

import io.github.amigovernance.core.verify.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The rules' judgement of one exception request.
 *
 * @param outcome approved, pending approval or rejected
 * @param missingApprovals the roles that still have to approve, in policy order; empty unless
 *     the outcome is {@link Outcome#PENDING_APPROVAL} or the request was also rejected
 * @param maxExpiresOn the latest expiry the rules would allow for this request as it stands
 * @param findings every finding, errors first
 */
public record Decision(Outcome outcome, List<String> missingApprovals, LocalDate maxExpiresOn, List<Finding> findings) {

    /** Checks that no part is missing and copies the lists. */
    public Decision {
        Objects.requireNonNull(outcome, "outcome");
        missingApprovals = List.copyOf(missingApprovals);
        Objects.requireNonNull(maxExpiresOn, "maxExpiresOn");
        findings = List.copyOf(findings);
    }

    /** Returns the error findings: the reasons for a rejection. */
    public List<Finding> reasons() {
        return findings.stream().filter(Finding::isError).toList();
    }
}

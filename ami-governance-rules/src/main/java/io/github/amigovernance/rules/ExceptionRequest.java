package io.github.amigovernance.rules;

import io.github.amigovernance.core.model.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A request for a time-bound exception, as a person or a portal submits it for judgement.
 *
 * <p>Text fields may be empty: a request without a justification, an exit plan, a technical
 * contact or a sponsor is a valid request that the rules reject, with a finding for each gap.
 *
 * @param accountId the account that needs the exception
 * @param type the exception type, such as {@code migration}
 * @param startDate the first day the exception should apply
 * @param expiresOn the last day it should apply
 * @param justification the business justification
 * @param exitPlan how and when the account will stop needing the exception
 * @param technicalContact who to ask about the workload
 * @param sponsor who sponsors the request
 * @param approvals the approvals gathered so far
 * @param extensionJustification why a renewal may take the account's chain of back-to-back
 *     exceptions past the absolute maximum, when it does
 */
public record ExceptionRequest(
        AccountId accountId,
        String type,
        LocalDate startDate,
        LocalDate expiresOn,
        String justification,
        String exitPlan,
        String technicalContact,
        String sponsor,
        List<Approval> approvals,
        Optional<String> extensionJustification) {

    /** Checks that no part is missing and copies the approvals. */
    public ExceptionRequest {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(exitPlan, "exitPlan");
        Objects.requireNonNull(technicalContact, "technicalContact");
        Objects.requireNonNull(sponsor, "sponsor");
        approvals = List.copyOf(approvals);
        Objects.requireNonNull(extensionJustification, "extensionJustification");
    }

    /** Returns the roles that have approved, in the order the approvals are listed, each once. */
    public List<String> approverRoles() {
        return approvals.stream().map(Approval::role).distinct().toList();
    }
}

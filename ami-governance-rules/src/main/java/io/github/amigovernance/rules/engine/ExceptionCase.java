package io.github.amigovernance.rules.engine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * An exception as the rules see it: a config entry or a request, with the day counts the rules
 * compare already worked out.
 *
 * @param index the entry's position in the config, or -1 for a request
 * @param label how messages name it, such as {@code exception CLOUD-1234} or {@code the request}
 * @param request whether this is a request being judged rather than a config entry
 * @param accountId the account, as twelve digits
 * @param type the exception type, or the empty string when the entry has none
 * @param start the first day (a request's start date, a config entry's approval date), or
 *     {@code null} when unknown
 * @param expiresOn the last valid day
 * @param durationDays the days from {@code start} to {@code expiresOn}, or -1 when the start is unknown
 * @param approverRoles the roles that approved
 * @param latestApproval the day of the latest approval, or {@code null} when unknown
 * @param hasJustification whether a business justification was given (requests)
 * @param hasExitPlan whether an exit plan was given (requests)
 * @param hasTechnicalContact whether a technical contact was given (requests)
 * @param hasSponsor whether a sponsor was given (requests)
 * @param hasExtensionJustification whether a justification for passing the absolute maximum was given
 * @param chainStart the first day of the unbroken run of exceptions for this account that ends
 *     with this one, or {@code null} when the start is unknown
 * @param chainDays the days from {@code chainStart} to {@code expiresOn}, or -1 when unknown
 */
public record ExceptionCase(
        int index,
        String label,
        boolean request,
        String accountId,
        String type,
        LocalDate start,
        LocalDate expiresOn,
        long durationDays,
        Set<String> approverRoles,
        LocalDate latestApproval,
        boolean hasJustification,
        boolean hasExitPlan,
        boolean hasTechnicalContact,
        boolean hasSponsor,
        boolean hasExtensionJustification,
        LocalDate chainStart,
        long chainDays) {

    /** Checks the required parts and copies the role set. */
    public ExceptionCase {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresOn, "expiresOn");
        approverRoles = Set.copyOf(approverRoles);
    }

    /** Returns whether the entry has a type. */
    public boolean typed() {
        return !type.isEmpty();
    }

    /** Returns whether the start, and so the duration, is known. */
    public boolean startKnown() {
        return start != null;
    }
}

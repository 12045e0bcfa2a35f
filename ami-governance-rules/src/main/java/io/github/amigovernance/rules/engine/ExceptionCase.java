package io.github.amigovernance.rules.engine;

import io.github.amigovernance.core.model.AccountId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An exception as the rules see it: a config entry or a request, with the day counts the rules
 * compare already worked out.
 *
 * @param index the entry's position in the config, or -1 for a request
 * @param label how messages name it, such as {@code exception CLOUD-1234} or {@code the request}
 * @param request whether this is a request being judged rather than a config entry
 * @param accountId the account
 * @param type the exception type, or the empty string when the entry has none
 * @param start the first day (a request's start date, a config entry's approval date), or
 *     {@code null} when unknown
 * @param expiresOn the last valid day
 * @param durationDays the days from {@code start} to {@code expiresOn}, or -1 when the start is unknown
 * @param approverRoles the roles that approved (a role may appear twice; the rules only ask
 *     whether one is there)
 * @param latestApproval the day of the latest approval, or {@code null} when unknown
 * @param hasJustification whether a business justification was given (requests)
 * @param hasExitPlan whether an exit plan was given (requests)
 * @param hasTechnicalContact whether a technical contact was given (requests)
 * @param hasSponsor whether a sponsor was given (requests)
 * @param hasExtensionJustification whether a justification for passing the absolute maximum was given
 * @param chainStart the first day of the unbroken run of exceptions for this account that ends
 *     with this one, or {@code null} when the start is unknown
 * @param chainDays the days from {@code chainStart} to {@code expiresOn}, or -1 when unknown
 * @param typeMaxDays the longest the policy lets an exception of this type run, or -1 when the
 *     policy does not define the type (or the entry has none)
 * @param publishers the publishers the account already is, in the config's order; usually none
 * @param parameters the day of the evaluation and the policy values the rules compare with, the
 *     same for every case of one evaluation
 */
public record ExceptionCase(
        int index,
        String label,
        boolean request,
        AccountId accountId,
        String type,
        LocalDate start,
        LocalDate expiresOn,
        long durationDays,
        List<String> approverRoles,
        LocalDate latestApproval,
        boolean hasJustification,
        boolean hasExitPlan,
        boolean hasTechnicalContact,
        boolean hasSponsor,
        boolean hasExtensionJustification,
        LocalDate chainStart,
        long chainDays,
        int typeMaxDays,
        List<Publisher> publishers,
        RuleParameters parameters) {

    /** Checks the required parts and copies the role list. */
    public ExceptionCase {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresOn, "expiresOn");
        approverRoles = List.copyOf(approverRoles);
        publishers = List.copyOf(publishers);
        Objects.requireNonNull(parameters, "parameters");
    }

    /** Returns whether the entry has a type. */
    public boolean typed() {
        return !type.isEmpty();
    }

    /** Returns whether the policy defines the entry's type, and so its maximum duration. */
    public boolean typeKnown() {
        return typeMaxDays >= 0;
    }

    /** Returns whether the account is already a publisher, which makes the exception redundant. */
    public boolean publisherAccount() {
        return !publishers.isEmpty();
    }

    /** Returns whether the start, and so the duration, is known. */
    public boolean startKnown() {
        return start != null;
    }
}

package io.github.amigovernance.rules.engine;

import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Builds the findings the exception rules record: a stable code, a severity and a message that
 * says what is wrong and what to do. Rule consequences call these methods and nothing else.
 */
public final class Messages {

    private Messages() {
    }

    private static RuleFinding finding(ExceptionCase c, String code, Severity severity, String message, String rule) {
        return new RuleFinding(c.index(), "", 0,
                new Finding(code, severity, Optional.of(c.accountId()), message, rule));
    }

    private static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }

    private static String dayCount(long days) {
        return days == 1 ? "1 day" : days + " days";
    }

    /** A config entry whose last valid day has passed. */
    public static RuleFinding expired(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "EXPIRED", Severity.ERROR, c.label() + " for " + c.accountId() + " expired on "
                + c.expiresOn() + " (" + dayCount(days(c.expiresOn(), p.asOf())) + " ago) and is left out of the"
                + " generated policies; remove it from exception_accounts, or renew it as a new entry with fresh"
                + " approvals", rule);
    }

    /** A config entry whose last valid day falls within the warning window. */
    public static RuleFinding expiresSoon(ExceptionCase c, RuleParameters p, String rule) {
        long left = days(p.asOf(), c.expiresOn());
        String when = left == 0 ? "today is its last day" : "it expires on " + c.expiresOn() + ", in " + dayCount(left);
        return finding(c, "EXPIRES_SOON", Severity.WARNING, c.label() + " for " + c.accountId() + ": " + when
                + "; renew it with a new request, or move the account's workloads to approved images before then",
                rule);
    }

    /** A request whose expiry is already past. */
    public static RuleFinding expiryInPast(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "EXPIRY_IN_PAST", Severity.ERROR, c.label() + " expires on " + c.expiresOn() + ", before "
                + p.asOf() + "; ask for an expiry date in the future", rule);
    }

    /** An exception that would end before it starts. */
    public static RuleFinding expiryBeforeStart(ExceptionCase c, String rule) {
        return finding(c, "EXPIRY_BEFORE_START", Severity.ERROR, c.label() + " expires on " + c.expiresOn()
                + ", before it starts on " + c.start() + "; the expiry must be on or after the start", rule);
    }

    /** A config entry without a type, so only the absolute maximum applies. */
    public static RuleFinding typeMissing(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "TYPE_MISSING", Severity.WARNING, c.label() + " has no type, so only the "
                + p.absoluteMaxDays() + "-day ceiling applies and no approval matrix; add \"type\" (such as"
                + " migration, vendor_poc or emergency) with its approvals", rule);
    }

    /** An exception whose type the policy does not define. */
    public static RuleFinding typeUnknown(ExceptionCase c, String rule) {
        return finding(c, "TYPE_UNKNOWN", Severity.ERROR, c.label() + " has the type \"" + c.type()
                + "\", which the exception policy does not define; use a type from exception_policy.types", rule);
    }

    /** An exception longer than its type allows. */
    public static RuleFinding durationExceedsTypeMax(ExceptionCase c, String rule) {
        return finding(c, "DURATION_EXCEEDS_TYPE_MAX", Severity.ERROR, c.label() + " runs "
                + dayCount(c.durationDays()) + " (" + c.start() + " to " + c.expiresOn() + "); a " + c.type()
                + " exception may run at most " + dayCount(c.typeMaxDays()) + ", so it must expire on "
                + c.start().plusDays(c.typeMaxDays()) + " at the latest", rule);
    }

    /** An exception without a known type that is longer than any exception may be. */
    public static RuleFinding durationExceedsAbsoluteMax(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "DURATION_EXCEEDS_ABSOLUTE_MAX", Severity.ERROR, c.label() + " runs "
                + dayCount(c.durationDays()) + " (" + c.start() + " to " + c.expiresOn() + "); no exception may run"
                + " longer than " + dayCount(p.absoluteMaxDays()) + ", so it must expire on "
                + c.start().plusDays(p.absoluteMaxDays()) + " at the latest", rule);
    }

    /** A request that starts before the day it is judged. */
    public static RuleFinding startInPast(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "START_IN_PAST", Severity.WARNING, c.label() + " starts on " + c.start() + ", "
                + dayCount(days(c.start(), p.asOf())) + " before " + p.asOf() + "; its duration counts from that"
                + " start", rule);
    }

    /** A role of the approval matrix that has not approved. */
    public static RuleFinding approvalMissing(ExceptionCase c, RequiredApproval r, String rule) {
        Finding finding = new Finding("MISSING_APPROVAL", Severity.WARNING, Optional.of(c.accountId()),
                c.label() + " needs approval from " + r.role() + ", as every " + r.type() + " exception does", rule);
        return new RuleFinding(c.index(), r.role(), r.order(), finding);
    }

    /** A typed config entry without an approval date. */
    public static RuleFinding approvalDateMissing(ExceptionCase c, String rule) {
        String consequence = c.startKnown() ? "there is no record of when it was approved"
                : "its duration cannot be checked against the " + c.type() + " maximum";
        return finding(c, "APPROVAL_DATE_MISSING", Severity.WARNING, c.label() + " has no approval_date, so "
                + consequence + "; add the day it was approved", rule);
    }

    /** A config entry that started before it was approved. */
    public static RuleFinding startedBeforeApproval(ExceptionCase c, String rule) {
        return finding(c, "APPROVAL_AFTER_START", Severity.WARNING, c.label() + " starts on " + c.start()
                + " but was approved on " + c.latestApproval() + "; check the dates: an exception should not apply"
                + " before it is approved", rule);
    }

    /** A request approved only after the day it starts. */
    public static RuleFinding approvalAfterStart(ExceptionCase c, String rule) {
        return finding(c, "APPROVAL_AFTER_START", Severity.ERROR, c.label() + " starts on " + c.start()
                + " but its last approval is dated " + c.latestApproval() + "; an exception cannot start before it is"
                + " approved, so move start_date to " + c.latestApproval() + " or later", rule);
    }

    /** An approval dated after the day of the evaluation. */
    public static RuleFinding approvalInFuture(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "APPROVAL_IN_FUTURE", Severity.ERROR, c.label() + " has an approval dated "
                + c.latestApproval() + ", after " + p.asOf() + "; an approval cannot be dated in the future", rule);
    }

    /** A config entry approved after the day of the check. */
    public static RuleFinding approvalAfterCheckDay(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "APPROVAL_IN_FUTURE", Severity.WARNING, c.label() + " was approved on "
                + c.latestApproval() + ", after " + p.asOf() + "; check the approval_date, or the day checked", rule);
    }

    /** A renewal that makes the account's unbroken run of exceptions longer than the ceiling. */
    public static RuleFinding extensionApprovalRequired(ExceptionCase c, RuleParameters p, String rule) {
        Finding finding = new Finding("EXTENSION_APPROVAL_REQUIRED", Severity.WARNING,
                Optional.of(c.accountId()), c.label() + " makes " + c.accountId()
                        + "'s unbroken run of exceptions " + dayCount(c.chainDays()) + " long (" + c.chainStart()
                        + " to " + c.expiresOn() + "), past the " + p.absoluteMaxDays() + "-day ceiling; that needs"
                        + " approval from " + p.extensionApprover(), rule);
        return new RuleFinding(c.index(), p.extensionApprover(), Integer.MAX_VALUE, finding);
    }

    /** A renewal past the ceiling without a written reason for it. */
    public static RuleFinding extensionJustificationMissing(ExceptionCase c, RuleParameters p, String rule) {
        return finding(c, "EXTENSION_JUSTIFICATION_MISSING", Severity.ERROR, c.label() + " takes " + c.accountId()
                + "'s unbroken run of exceptions past " + dayCount(p.absoluteMaxDays()) + " (" + c.chainStart()
                + " to " + c.expiresOn() + "); add extension_justification saying why the account cannot move to"
                + " approved images sooner", rule);
    }

    /** A request without a business justification. */
    public static RuleFinding justificationMissing(ExceptionCase c, String rule) {
        return finding(c, "JUSTIFICATION_MISSING", Severity.ERROR, c.label() + " has no business justification;"
                + " add justification saying why the account must run images from an unapproved publisher", rule);
    }

    /** A request without an exit plan. */
    public static RuleFinding exitPlanMissing(ExceptionCase c, String rule) {
        return finding(c, "EXIT_PLAN_MISSING", Severity.ERROR, c.label() + " has no exit plan; add exit_plan"
                + " saying how and by when the account will move to approved images", rule);
    }

    /** A request without a technical contact. */
    public static RuleFinding technicalContactMissing(ExceptionCase c, String rule) {
        return finding(c, "TECHNICAL_CONTACT_MISSING", Severity.ERROR, c.label() + " has no technical contact;"
                + " add technical_contact naming who runs the workload", rule);
    }

    /** A request without a sponsor. */
    public static RuleFinding sponsorMissing(ExceptionCase c, String rule) {
        return finding(c, "SPONSOR_MISSING", Severity.ERROR, c.label() + " has no sponsor; add sponsor naming who"
                + " answers for the exception", rule);
    }

    /** An exception for an account that is already an approved publisher. */
    public static RuleFinding redundantException(ExceptionCase c, Publisher publisher, String rule) {
        return finding(c, "REDUNDANT_EXCEPTION", Severity.WARNING, c.label() + " is for " + c.accountId()
                + ", which is already " + publisher.description() + "; the exception changes nothing and can be"
                + " removed", rule);
    }
}

package io.github.amigovernance.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A time-bound exception: an account whose own images may be launched, and which may create
 * images, up to and including its expiry day (UTC).
 *
 * <p>Only the account, the expiry, the reason and the ticket are required, which is the oldest
 * form of the config; the type, the requester, the approvers and the approval date let the
 * exception rules judge the entry fully.
 *
 * @param accountId the excepted account
 * @param type the exception type, such as {@code migration}, when given
 * @param expiresOn the last day on which the exception is valid
 * @param reason why the exception exists
 * @param ticket the ticket that tracks it
 * @param requestedBy who asked for it, when given
 * @param approvedBy the roles that approved it, possibly none
 * @param approvalDate when it was approved, when given
 * @param startDate the first day it applies, when it differs from the approval date; the
 *     exception's duration is counted from this day, or else from the approval date
 */
public record ExceptionAccount(
        AccountId accountId,
        Optional<String> type,
        LocalDate expiresOn,
        String reason,
        String ticket,
        Optional<String> requestedBy,
        List<String> approvedBy,
        Optional<LocalDate> approvalDate,
        Optional<LocalDate> startDate) {

    /**
     * Checks that no part is missing and copies the approver list.
     *
     * @throws IllegalArgumentException if {@code reason} or {@code ticket} is blank
     */
    public ExceptionAccount {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(expiresOn, "expiresOn");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(requestedBy, "requestedBy");
        approvedBy = List.copyOf(approvedBy);
        Objects.requireNonNull(approvalDate, "approvalDate");
        Objects.requireNonNull(startDate, "startDate");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("exception for " + accountId + " needs a reason");
        }
        if (ticket.isBlank()) {
            throw new IllegalArgumentException("exception for " + accountId + " needs a ticket");
        }
    }

    /** Creates an exception in the oldest config form: account, expiry, reason and ticket only. */
    public static ExceptionAccount of(AccountId accountId, LocalDate expiresOn, String reason, String ticket) {
        return new ExceptionAccount(accountId, Optional.empty(), expiresOn, reason, ticket, Optional.empty(),
                List.of(), Optional.empty(), Optional.empty());
    }

    /**
     * Returns the first day the exception applies, from which its duration counts: the start date
     * when given, otherwise the approval date, otherwise unknown.
     */
    public Optional<LocalDate> start() {
        return startDate.or(() -> approvalDate);
    }

    /** Returns whether the exception is valid on {@code day}: it is, through its expiry day. */
    public boolean isActiveOn(LocalDate day) {
        return !day.isAfter(expiresOn);
    }
}

package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.model.AccountId;
import java.util.Objects;
import java.util.Optional;

/**
 * One result of a check: a stable code that scripts can match, how much it matters, the account it
 * is about, a message a person can act on, and the name of the rule or check that produced it.
 *
 * @param code a stable identifier in upper snake case, such as {@code EXPIRED}
 * @param severity how much it matters
 * @param accountId the account it concerns, when it concerns one
 * @param message what is wrong and what to do about it
 * @param rule the rule or check that produced it
 */
public record Finding(String code, Severity severity, Optional<AccountId> accountId, String message, String rule) {

    /**
     * Checks that no part is missing and that the code is upper snake case.
     *
     * @throws IllegalArgumentException if the code is malformed or the message blank
     */
    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(rule, "rule");
        if (!isCode(code)) {
            throw new IllegalArgumentException("a finding code is upper snake case, got '" + code + "'");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " has no message");
        }
    }

    /**
     * Returns whether {@code text} is upper snake case: a capital letter, then capital letters,
     * digits and underscores. A loop rather than a regular expression, which would cost a matcher
     * object on every finding the rules record.
     */
    private static boolean isCode(String text) {
        if (text.isEmpty() || text.charAt(0) < 'A' || text.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Creates an error finding. */
    public static Finding error(String code, AccountId account, String message, String rule) {
        return new Finding(code, Severity.ERROR, Optional.ofNullable(account), message, rule);
    }

    /** Creates a warning finding. */
    public static Finding warning(String code, AccountId account, String message, String rule) {
        return new Finding(code, Severity.WARNING, Optional.ofNullable(account), message, rule);
    }

    /** Returns whether this finding is an error. */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity.label() + " " + code + accountId.map(a -> " [" + a + "]").orElse("") + ": " + message;
    }
}

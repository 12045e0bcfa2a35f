package io.github.amigovernance.core.model;

import java.util.Objects;

/**
 * An AWS account ID: exactly twelve ASCII digits, kept as text so that leading zeros survive.
 *
 * @param value the twelve digits
 */
public record AccountId(String value) implements Provider, Comparable<AccountId> {

    /**
     * Checks the format.
     *
     * @throws IllegalArgumentException if {@code value} is not exactly twelve ASCII digits
     */
    public AccountId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("an AWS account ID is exactly 12 ASCII digits, got '" + value + "'");
        }
    }

    /** Returns an account ID for the given digits; see {@link #AccountId(String)}. */
    public static AccountId of(String value) {
        return new AccountId(value);
    }

    /** Returns whether {@code text} is exactly twelve ASCII digits. */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 12) {
            return false;
        }
        // A loop rather than a regular expression: IDs are checked on every config entry and
        // every finding, and a regular expression costs a matcher object each time.
        for (int i = 0; i < 12; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String declarativeName() {
        return value;
    }

    @Override
    public String scpName() {
        return value;
    }

    @Override
    public int compareTo(AccountId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns whether {@code other} is an account ID with the same digits. Written out rather than
     * left to the record: the generated method is linked on its first call at run time, which costs
     * a short command-line run several milliseconds for the most used key of the model.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof AccountId id && value.equals(id.value);
    }

    /** Returns the hash code of the digits, the same value the record would compute. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

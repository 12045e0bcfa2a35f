package io.github.amigovernance.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an AWS Organizations policy is attached: the organization's root, an organizational unit
 * or one account, written as AWS Organizations writes their IDs.
 *
 * @param value the ID, such as {@code r-ab12}, {@code ou-ab12-cd34ef56} or {@code 123456789012}
 */
public record TargetId(String value) implements Comparable<TargetId> {

    /** What a target is, with the name that {@code list-targets-for-policy} prints as its {@code Type}. */
    public enum Kind {

        /** The organization's root: a policy attached here applies to every account. */
        ROOT("ROOT", Pattern.compile("r-[0-9a-z]{4,32}")),

        /** An organizational unit: a policy attached here applies to every account below it. */
        ORGANIZATIONAL_UNIT("ORGANIZATIONAL_UNIT", Pattern.compile("ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}")),

        /** One member account. */
        ACCOUNT("ACCOUNT", Pattern.compile("[0-9]{12}"));

        private final String apiName;
        private final Pattern pattern;

        Kind(String apiName, Pattern pattern) {
            this.apiName = apiName;
            this.pattern = pattern;
        }

        /** Returns the name the Organizations API gives this kind of target, such as {@code ORGANIZATIONAL_UNIT}. */
        public String apiName() {
            return apiName;
        }
    }

    /**
     * Checks the format.
     *
     * @throws IllegalArgumentException if {@code value} is not a root, OU or account ID
     */
    public TargetId {
        Objects.requireNonNull(value, "value");
        if (kindOf(value).isEmpty()) {
            throw new IllegalArgumentException("a policy target is a root ID (r-...), an OU ID (ou-...-...) or a"
                    + " 12-digit account ID, got '" + value + "'");
        }
    }

    /** Returns the target with the given ID; see {@link #TargetId(String)}. */
    public static TargetId of(String value) {
        return new TargetId(value);
    }

    /** Returns what kind of target {@code text} names, if it is a valid root, OU or account ID. */
    public static Optional<Kind> kindOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (Kind kind : Kind.values()) {
            if (kind.pattern.matcher(text).matches()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Returns what kind of target this is. */
    public Kind kind() {
        return kindOf(value).orElseThrow();
    }

    /** Returns the account this target is, when it is an account. */
    public Optional<AccountId> account() {
        return kind() == Kind.ACCOUNT ? Optional.of(AccountId.of(value)) : Optional.empty();
    }

    /** Orders roots first, then OUs, then accounts, each by ID. */
    @Override
    public int compareTo(TargetId other) {
        int byKind = kind().compareTo(other.kind());
        return byKind != 0 ? byKind : value.compareTo(other.value);
    }

    /**
     * Returns whether {@code other} is a target with the same ID. Written out rather than left to
     * the record, whose generated method is linked on its first call, at a cost of milliseconds to
     * a short command-line run that checks the targets for duplicates.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TargetId target && value.equals(target.value);
    }

    /** Returns the hash code of the ID, the same value the record would compute. */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}

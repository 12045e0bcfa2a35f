package io.github.amigovernance.core.policy;

import java.util.Objects;

/**
 * One limit a rendered policy would break.
 *
 * @param kind the policy that breaks it
 * @param what the quantity measured, such as {@code characters} or {@code criteria}
 * @param actual how much the policy has
 * @param limit how much AWS accepts
 * @param advice what the user can do about it
 */
public record LimitViolation(PolicyKind kind, String what, long actual, long limit, String advice) {

    /** Checks that no part is missing. */
    public LimitViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(advice, "advice");
    }

    /** Returns how far over the limit the policy is. */
    public long excess() {
        return actual - limit;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s (%s) would have %,d %s, %,d over the limit of %,d. %s",
                kind.fileName(), kind.label(), actual, what, excess(), limit, advice);
    }
}

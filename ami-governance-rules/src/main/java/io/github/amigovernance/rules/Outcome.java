package io.github.amigovernance.rules;

/** What the rules decide about an exception request. */
public enum Outcome {

    /** Every rule is met and every required role has approved. */
    APPROVED,

    /** No rule is broken, but some required roles have not approved yet. */
    PENDING_APPROVAL,

    /** A rule is broken; the error findings say which and why. */
    REJECTED
}

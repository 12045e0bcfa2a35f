package io.github.amigovernance.core.model;

import java.util.Optional;

/** How the Allowed AMIs setting treats images from providers that are not on the allowlist. */
public enum EnforcementMode {

    /**
     * Images are marked allowed or not, but nothing is blocked. The SCP then leaves launches
     * alone too, since an SCP has no audit mode of its own.
     */
    AUDIT_MODE("audit_mode"),

    /** Only allowed images can be discovered and launched; the SCP denies the other launches. */
    ENABLED("enabled");

    private final String policyValue;

    EnforcementMode(String policyValue) {
        this.policyValue = policyValue;
    }

    /** Returns the value as the declarative policy writes it: {@code audit_mode} or {@code enabled}. */
    public String policyValue() {
        return policyValue;
    }

    /** Returns the mode written as {@code value} in a declarative policy, if there is one. */
    public static Optional<EnforcementMode> fromPolicyValue(String value) {
        for (EnforcementMode mode : values()) {
            if (mode.policyValue.equals(value)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return policyValue;
    }
}

package io.github.amigovernance.testkit.config;

/** The two enforcement modes, as the command line and the declarative policy spell them. */
public enum Mode {

    /** Allowed AMIs only marks images; the SCP does not deny launches. */
    AUDIT_MODE("audit_mode"),

    /** Allowed AMIs blocks other images; the SCP denies launches from other owners. */
    ENABLED("enabled");

    private final String value;

    Mode(String value) {
        this.value = value;
    }

    /** Returns the spelling: {@code audit_mode} or {@code enabled}. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.github.amigovernance.core.verify;

import java.util.Locale;

/** How much a finding matters. Only errors fail a check. */
public enum Severity {

    /** Something is wrong; a gate that sees it fails. */
    ERROR,

    /** Something needs attention soon, but nothing is wrong yet. */
    WARNING,

    /** Worth knowing; no action needed. */
    INFO;

    /** Returns the lower-case name used in JSON output and logs. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}

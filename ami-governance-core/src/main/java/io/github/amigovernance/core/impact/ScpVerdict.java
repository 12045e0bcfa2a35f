package io.github.amigovernance.core.impact;

import java.util.Locale;

/**
 * What the SCP's launch deny (present in {@code enabled} mode) would do with a launch. It applies to
 * the images an account owns itself too, but not to AWS services that launch through a
 * service-linked role or their own service principal, such as Auto Scaling.
 */
public enum ScpVerdict {

    /** The image's owner is on the allowlist. */
    ALLOWED("allowed"),

    /** The owner is not on the allowlist and the launch is made by a person or role the SCP governs: denied. */
    DENIED("denied"),

    /** The owner is not on the allowlist, but an AWS service launches it, which SCPs do not restrict. */
    SERVICE_EXEMPT("exempt (AWS service)"),

    /** Not a question this finding answers. */
    NOT_EVALUATED("not evaluated");

    private final String label;

    ScpVerdict(String label) {
        this.label = label;
    }

    /** Returns the verdict as the report prints it. */
    public String label() {
        return label;
    }

    /** Returns the lower-case name used in JSON output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

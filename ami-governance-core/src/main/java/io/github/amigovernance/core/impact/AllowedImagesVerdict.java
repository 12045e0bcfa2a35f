package io.github.amigovernance.core.impact;

import java.util.Locale;

/**
 * What the Allowed AMIs setting of the declarative policy, switched to {@code enabled}, would do
 * with a launch. It applies to every caller, AWS services included, but never to images that the
 * launching account owns itself.
 */
public enum AllowedImagesVerdict {

    /** The image's provider is on the allowlist. */
    ALLOWED("allowed"),

    /** The provider is not on the allowlist and the image belongs to another account: refused. */
    BLOCKED("blocked"),

    /**
     * The provider is not on the allowlist, but the launching account owns the image, which Allowed AMIs
     * never restricts.
     */
    OWN_IMAGE_EXEMPT("exempt (own image)"),

    /** Not a question this finding answers, such as a public image or an image that could not be resolved. */
    NOT_EVALUATED("not evaluated");

    private final String label;

    AllowedImagesVerdict(String label) {
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

package io.github.amigovernance.core.impact;

import java.util.Locale;

/** What an impact finding is about; the report lists findings in this order. */
public enum FindingCategory {

    /** Instances (pending, running, stopping or stopped) launched from an image whose owner is not allowed. */
    INSTANCE("instance", "instances"),

    /** Launch template versions whose image's owner is not allowed. */
    LAUNCH_TEMPLATE("launch template version", "launch template versions"),

    /** Auto Scaling groups that would launch an image whose owner is not allowed. */
    AUTO_SCALING_GROUP("Auto Scaling group", "Auto Scaling groups"),

    /** RunInstances calls in CloudTrail for images whose owner is not allowed. */
    CLOUDTRAIL_LAUNCH("launch seen in CloudTrail", "launches seen in CloudTrail"),

    /** Images published by Amazon, which AWS services launch, while {@code amazon} is not allowed. */
    AMAZON_IMAGES("use of an Amazon image", "uses of Amazon images"),

    /** Images owned by the organization's accounts that anyone can launch today. */
    PUBLIC_IMAGE("public image", "public images"),

    /** References to images whose owner the captures do not tell. */
    UNRESOLVED("unresolved image reference", "unresolved image references");

    private final String singular;
    private final String plural;

    FindingCategory(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    /** Returns the noun for {@code count} items, such as {@code 1 running instance} or {@code 3 running instances}. */
    public String count(long count) {
        return count + " " + (count == 1 ? singular : plural);
    }

    /** Returns the plural noun, for headings. */
    public String plural() {
        return plural;
    }

    /** Returns the lower-case name used in JSON output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

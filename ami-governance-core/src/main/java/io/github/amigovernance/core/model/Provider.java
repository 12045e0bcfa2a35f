package io.github.amigovernance.core.model;

/**
 * An image provider that a policy can allow: an AWS account or one of AWS's provider aliases.
 * The two policy types spell aliases differently, so each provider gives both spellings.
 */
public sealed interface Provider permits AccountId, ProviderAlias {

    /** Returns the value as the declarative policy's {@code allowed_image_providers} writes it. */
    String declarativeName();

    /** Returns the value as the SCP's {@code ec2:Owner} condition key compares it. */
    String scpName();
}

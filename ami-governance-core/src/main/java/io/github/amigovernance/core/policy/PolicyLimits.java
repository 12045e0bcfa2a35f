package io.github.amigovernance.core.policy;

/**
 * The AWS Organizations and EC2 limits that rendered policies must stay within.
 *
 * @param declarativeMaxCharacters the largest declarative policy document, in characters
 * @param scpMaxCharacters the largest SCP document, in characters
 * @param providersPerCriterion the most image providers one Allowed AMIs criterion may list
 * @param maxCriteria the most criteria an Allowed AMIs setting may have
 */
public record PolicyLimits(int declarativeMaxCharacters, int scpMaxCharacters, int providersPerCriterion,
        int maxCriteria) {

    /** The declarative (EC2) policy size limit. */
    public static final int DECLARATIVE_MAX_CHARACTERS = 10_000;

    /** The SCP size limit since AWS raised it on 15 May 2026. */
    public static final int SCP_MAX_CHARACTERS = 10_240;

    /** The SCP size limit before 15 May 2026, which some tools and documentation still assume. */
    public static final int LEGACY_SCP_MAX_CHARACTERS = 5_120;

    /** The limits as AWS documents them today. */
    public static final PolicyLimits DEFAULTS = new PolicyLimits(DECLARATIVE_MAX_CHARACTERS, SCP_MAX_CHARACTERS,
            200, 10);

    /**
     * Checks that every limit is positive.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public PolicyLimits {
        if (declarativeMaxCharacters < 1 || scpMaxCharacters < 1 || providersPerCriterion < 1 || maxCriteria < 1) {
            throw new IllegalArgumentException("policy limits must be positive");
        }
    }

    /** Returns these limits with a different SCP size limit. */
    public PolicyLimits withScpMaxCharacters(int characters) {
        return new PolicyLimits(declarativeMaxCharacters, characters, providersPerCriterion, maxCriteria);
    }

    /** Returns the size limit for the given kind of policy. */
    public int maxCharacters(PolicyKind kind) {
        return kind == PolicyKind.DECLARATIVE_POLICY_EC2 ? declarativeMaxCharacters : scpMaxCharacters;
    }
}

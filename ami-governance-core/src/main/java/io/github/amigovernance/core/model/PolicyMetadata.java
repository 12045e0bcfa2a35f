package io.github.amigovernance.core.model;

import java.util.Objects;

/**
 * The name and description a policy carries in AWS Organizations. Deployment outputs create the
 * policy under this name and drift detection finds it by this name.
 *
 * @param name the policy name: 1 to 128 characters on one line, without white space at either end
 * @param description the policy description: at most 512 characters on one line, possibly empty
 */
public record PolicyMetadata(String name, String description) {

    /** The longest policy name AWS Organizations accepts, in characters. */
    public static final int MAX_NAME_CHARACTERS = 128;

    /** The longest policy description AWS Organizations accepts, in characters. */
    public static final int MAX_DESCRIPTION_CHARACTERS = 512;

    /** The name and description of the EC2 declarative policy when the config gives none. */
    public static final PolicyMetadata DECLARATIVE_DEFAULT = new PolicyMetadata("ami-governance-declarative-policy",
            "Allowed AMIs and image block public access for the organization, rendered by ami-governance."
                    + " Change its config rather than this policy.");

    /** The name and description of the SCP when the config gives none. */
    public static final PolicyMetadata SCP_DEFAULT = new PolicyMetadata("ami-governance-scp",
            "Keeps launching, creating, importing and sharing AMIs to approved publishers, rendered by"
                    + " ami-governance. Change its config rather than this policy.");

    /**
     * Checks both texts against the AWS limits.
     *
     * @throws IllegalArgumentException if the name or description breaks a rule; {@link #nameProblem}
     *     and {@link #descriptionProblem} say which
     */
    public PolicyMetadata {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        String problem = nameProblem(name);
        if (problem != null) {
            throw new IllegalArgumentException("policy name '" + name + "': " + problem);
        }
        problem = descriptionProblem(description);
        if (problem != null) {
            throw new IllegalArgumentException("policy description: " + problem);
        }
    }

    /**
     * Says what is wrong with a policy name, or returns {@code null} when it is fine.
     *
     * <p>Beyond AWS's 1 to 128 characters, a name must not hold control characters (deployment
     * scripts match names line by line) nor start or end with white space (which no console shows).
     */
    public static String nameProblem(String name) {
        int length = name.codePointCount(0, name.length());
        if (name.isBlank()) {
            return "it is empty or blank; expected 1 to " + MAX_NAME_CHARACTERS + " characters";
        }
        if (length > MAX_NAME_CHARACTERS) {
            return "it has " + length + " characters; AWS accepts at most " + MAX_NAME_CHARACTERS;
        }
        if (hasControlCharacter(name)) {
            return "it contains a control character such as a tab or a line break; expected one line of text";
        }
        if (Character.isWhitespace(name.codePointAt(0))
                || Character.isWhitespace(name.codePointBefore(name.length()))) {
            return "it starts or ends with white space, which no console shows; remove it";
        }
        return null;
    }

    /** Says what is wrong with a policy description, or returns {@code null} when it is fine. */
    public static String descriptionProblem(String description) {
        int length = description.codePointCount(0, description.length());
        if (length > MAX_DESCRIPTION_CHARACTERS) {
            return "it has " + length + " characters; AWS accepts at most " + MAX_DESCRIPTION_CHARACTERS;
        }
        if (hasControlCharacter(description)) {
            return "it contains a control character such as a tab or a line break; expected one line of text";
        }
        return null;
    }

    private static boolean hasControlCharacter(String text) {
        return text.codePoints().anyMatch(Character::isISOControl);
    }
}

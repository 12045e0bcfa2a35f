package io.github.amigovernance.core.policy;

/** The two policies this project renders, with the file name each is written to. */
public enum PolicyKind {

    /** The EC2 declarative policy: Allowed AMIs and image block public access. */
    DECLARATIVE_POLICY_EC2("declarative-policy-ec2.json", "DECLARATIVE_POLICY_EC2", "declarative policy"),

    /** The service control policy that denies what the declarative policy cannot express. */
    SERVICE_CONTROL_POLICY("scp-ami-guardrail.json", "SERVICE_CONTROL_POLICY", "SCP");

    private final String fileName;
    private final String organizationsType;
    private final String label;

    PolicyKind(String fileName, String organizationsType, String label) {
        this.fileName = fileName;
        this.organizationsType = organizationsType;
        this.label = label;
    }

    /** Returns the name of the file the policy is written to. */
    public String fileName() {
        return fileName;
    }

    /** Returns the policy type as the AWS Organizations API names it. */
    public String organizationsType() {
        return organizationsType;
    }

    /** Returns a short name for messages, such as {@code SCP}. */
    public String label() {
        return label;
    }
}

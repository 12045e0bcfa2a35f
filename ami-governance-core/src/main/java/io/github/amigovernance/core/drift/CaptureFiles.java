package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.policy.PolicyKind;

/**
 * The layout of a capture folder: which AWS CLI call writes which file. Each file holds the
 * call's JSON output exactly as the AWS CLI prints it, and is named after the call and its argument.
 */
public final class CaptureFiles {

    private CaptureFiles() {
    }

    /** Returns the name of the file holding the list of policies of one type. */
    public static String listPolicies(PolicyKind kind) {
        return "list-policies-" + kind.organizationsType() + ".json";
    }

    /** Returns the call that writes {@link #listPolicies}. */
    public static String listPoliciesCommand(PolicyKind kind) {
        return "aws organizations list-policies --filter " + kind.organizationsType() + " --output json";
    }

    /** Returns the name of the file holding one policy's summary and content. */
    public static String describePolicy(String policyId) {
        return "describe-policy-" + policyId + ".json";
    }

    /** Returns the call that writes {@link #describePolicy}. */
    public static String describePolicyCommand(String policyId) {
        return "aws organizations describe-policy --policy-id " + policyId + " --output json";
    }

    /** Returns the name of the file holding the roots, OUs and accounts one policy is attached to. */
    public static String listTargetsForPolicy(String policyId) {
        return "list-targets-for-policy-" + policyId + ".json";
    }

    /** Returns the call that writes {@link #listTargetsForPolicy}. */
    public static String listTargetsForPolicyCommand(String policyId) {
        return "aws organizations list-targets-for-policy --policy-id " + policyId + " --output json";
    }
}

package io.github.amigovernance.testkit.policy;

/** Hand-written policies of the rendered shape, for the checker and evaluator tests. */
final class Samples {

    static final String SCP = "{\"Version\":\"2012-10-17\",\"Statement\":["
            + "{\"Sid\":\"DenyLaunch\",\"Effect\":\"Deny\",\"Action\":[\"ec2:RunInstances\",\"ec2:CreateFleet\"],"
            + "\"Resource\":\"arn:aws:ec2:*::image/*\","
            + "\"Condition\":{\"StringNotEquals\":{\"ec2:Owner\":[\"111122223333\",\"123456738923\",\"amazon\"]}}},"
            + "{\"Sid\":\"DenyCreate\",\"Effect\":\"Deny\",\"Action\":[\"ec2:CreateImage\"],\"Resource\":\"*\","
            + "\"Condition\":{\"StringNotEquals\":{\"aws:PrincipalAccount\":[\"123456738923\"]}}},"
            + "{\"Sid\":\"DenyBpaOff\",\"Effect\":\"Deny\",\"Action\":[\"ec2:DisableImageBlockPublicAccess\"],"
            + "\"Resource\":\"*\"}]}";

    static final String DECLARATIVE = "{\"ec2_attributes\":{"
            + "\"exception_message\":{\"@@assign\":\"No.\",\"@@operators_allowed_for_child_policies\":[\"@@none\"]},"
            + "\"image_block_public_access\":{\"state\":{\"@@assign\":\"block_new_sharing\","
            + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]}},"
            + "\"allowed_images_settings\":{\"state\":{\"@@assign\":\"enabled\","
            + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]},\"image_criteria\":{\"criteria_1\":"
            + "{\"allowed_image_providers\":{\"@@assign\":[\"111122223333\",\"123456738923\",\"amazon\"],"
            + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]}}}}}}";

    private Samples() {
    }
}

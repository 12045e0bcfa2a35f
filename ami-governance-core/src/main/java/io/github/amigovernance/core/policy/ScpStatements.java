package io.github.amigovernance.core.policy;

import java.util.List;

/**
 * The statements the SCP is made of: their ids, actions, resources and condition keys. Renderer
 * and verifier both use these, so the two cannot drift apart.
 */
public final class ScpStatements {

    /** The policy language version every SCP must name. */
    public static final String VERSION = "2012-10-17";

    /** Denies launching from, or swapping a root volume to, an image whose owner is not allowed. */
    public static final String LAUNCH_SID = "DenyLaunchFromUnapprovedImageOwners";

    /** Denies creating or importing images outside the internal publishers. */
    public static final String CREATE_SID = "DenyImageCreationOutsidePublishers";

    /** Denies changing image sharing outside the internal publishers. */
    public static final String SHARE_SID = "DenyImageSharingOutsidePublishers";

    /** Denies turning off image block public access anywhere. */
    public static final String BLOCK_PUBLIC_ACCESS_SID = "DenyDisablingImageBlockPublicAccess";

    /** The actions that start an instance from an image, or put an image onto an instance. */
    public static final List<String> LAUNCH_ACTIONS = List.of("ec2:RunInstances", "ec2:CreateFleet",
            "ec2:RequestSpotInstances", "ec2:RequestSpotFleet", "ec2:CreateReplaceRootVolumeTask");

    /** The actions that create an image, or bring one (or its raw material) into an account. */
    public static final List<String> CREATE_ACTIONS = List.of("ec2:CreateImage", "ec2:CopyImage",
            "ec2:RegisterImage", "ec2:ImportImage", "ec2:CreateRestoreImageTask", "ec2:RestoreImageFromRecycleBin",
            "ec2:ImportSnapshot", "ec2:ImportVolume", "ec2:ImportInstance");

    /** The actions that change who an image is shared with. */
    public static final List<String> SHARE_ACTIONS = List.of("ec2:ModifyImageAttribute");

    /** The action that turns off image block public access. */
    public static final List<String> BLOCK_PUBLIC_ACCESS_ACTIONS = List.of("ec2:DisableImageBlockPublicAccess");

    /** The resource the launch statement is scoped to: every image, where {@code ec2:Owner} applies. */
    public static final String IMAGE_RESOURCE = "arn:aws:ec2:*::image/*";

    /** The resource of the other statements. */
    public static final String ANY_RESOURCE = "*";

    /** The condition operator every conditional statement uses. */
    public static final String STRING_NOT_EQUALS = "StringNotEquals";

    /** The condition key that holds an image's owner. */
    public static final String OWNER_KEY = "ec2:Owner";

    /** The condition key that holds the calling principal's account. */
    public static final String PRINCIPAL_ACCOUNT_KEY = "aws:PrincipalAccount";

    private ScpStatements() {
    }
}

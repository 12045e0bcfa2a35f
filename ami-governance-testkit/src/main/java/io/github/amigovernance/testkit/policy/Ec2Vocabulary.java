package io.github.amigovernance.testkit.policy;

import java.util.List;
import java.util.Set;

/**
 * Pinned lists of real AWS names the generated policies may use, vetted against the Service
 * Authorization Reference for Amazon EC2 and the IAM condition reference. A name missing here is
 * either a typo in the generator or a new feature that needs vetting first.
 */
public final class Ec2Vocabulary {

    /** EC2 actions about images and launching from them that a policy of this project may name. */
    public static final Set<String> ACTIONS = Set.of(
            "ec2:RunInstances", "ec2:CreateFleet", "ec2:RequestSpotInstances", "ec2:RequestSpotFleet",
            "ec2:CreateReplaceRootVolumeTask", "ec2:CreateImage", "ec2:CopyImage", "ec2:RegisterImage",
            "ec2:ImportImage", "ec2:CreateRestoreImageTask", "ec2:RestoreImageFromRecycleBin", "ec2:ImportSnapshot",
            "ec2:ImportVolume", "ec2:ImportInstance", "ec2:ModifyImageAttribute", "ec2:ResetImageAttribute",
            "ec2:CancelImageLaunchPermission", "ec2:DisableImageBlockPublicAccess",
            "ec2:EnableImageBlockPublicAccess", "ec2:CreateStoreImageTask", "ec2:ExportImage",
            "ec2:CreateInstanceExportTask", "ec2:DeregisterImage", "ec2:ModifyFleet", "ec2:CopySnapshot",
            "ec2:CreateSnapshot", "ec2:CreateSnapshots", "ec2:EnableAllowedImagesSettings",
            "ec2:DisableAllowedImagesSettings", "ec2:ReplaceImageCriteriaInAllowedImagesSettings");

    /**
     * The actions that start an instance from an image or put an image onto one. Allowed AMIs
     * governs these, and an image-owner allowlist in an SCP must deny all of them.
     */
    public static final List<String> LAUNCH_ACTIONS = List.of("ec2:RunInstances", "ec2:CreateFleet",
            "ec2:RequestSpotInstances", "ec2:RequestSpotFleet", "ec2:CreateReplaceRootVolumeTask");

    /** The actions that create or import an image or its raw material, which only publishers may call. */
    public static final List<String> CREATE_ACTIONS = List.of("ec2:CreateImage", "ec2:CopyImage",
            "ec2:RegisterImage", "ec2:ImportImage", "ec2:CreateRestoreImageTask", "ec2:RestoreImageFromRecycleBin",
            "ec2:ImportSnapshot", "ec2:ImportVolume", "ec2:ImportInstance");

    /** The action that changes who an image is shared with. */
    public static final String SHARE_ACTION = "ec2:ModifyImageAttribute";

    /** The action that turns image block public access off, which nobody may call. */
    public static final String DISABLE_BLOCK_PUBLIC_ACCESS = "ec2:DisableImageBlockPublicAccess";

    /** The condition keys a policy of this project may use. */
    public static final Set<String> CONDITION_KEYS = Set.of("ec2:Owner", "ec2:Public", "ec2:ImageType",
            "ec2:ImageID", "ec2:RootDeviceType", "aws:PrincipalAccount", "aws:PrincipalArn", "aws:PrincipalOrgID",
            "aws:PrincipalOrgPaths", "aws:CurrentTime", "aws:RequestedRegion");

    /** The condition keys that describe an image, and so exist only on the image resource. */
    public static final Set<String> IMAGE_KEYS = Set.of("ec2:Owner", "ec2:Public", "ec2:ImageType", "ec2:ImageID",
            "ec2:RootDeviceType");

    /** The resource pattern of every image in every Region; the image keys apply to it. */
    public static final String IMAGE_RESOURCE = "arn:aws:ec2:*::image/*";

    /** The condition operators of the IAM policy language, without the IfExists and set prefixes. */
    public static final Set<String> OPERATORS = Set.of("StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals",
            "NumericLessThan", "NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals",
            "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan",
            "DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike",
            "ArnNotEquals", "ArnNotLike", "Null");

    /** The ec2:Owner aliases, in the EC2 API's (and the SCP's) spelling. */
    public static final Set<String> OWNER_ALIASES = Set.of("amazon", "aws-marketplace", "aws-backup-vault");

    /** The image-provider aliases, in the declarative policy's spelling. */
    public static final Set<String> PROVIDER_ALIASES = Set.of("amazon", "aws_marketplace", "aws_backup_vault");

    private Ec2Vocabulary() {
    }
}

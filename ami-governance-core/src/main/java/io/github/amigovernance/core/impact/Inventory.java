package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.AccountId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the capture files of an inventory say, in compact form: the images and their owners, the
 * instances, launch template versions, Auto Scaling groups and launch configurations. Each worker
 * fills its own; {@link #merge} combines them so that the result does not depend on which worker
 * read which file. Not thread-safe.
 */
final class Inventory {

    /**
     * An image whose owner a capture tells.
     *
     * @param imageId the image ID
     * @param owner the owner
     * @param isPublic whether anyone may launch it
     * @param name the image name, or empty
     * @param account the account folder of the capture it came from
     * @param region the region folder of the capture it came from
     */
    record Image(String imageId, ImageOwner owner, boolean isPublic, String name, AccountId account, String region) {
        Image {
            Objects.requireNonNull(imageId, "imageId");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(region, "region");
        }
    }

    /**
     * An instance and the image it was launched from.
     *
     * @param account the account it runs in
     * @param region the region it runs in
     * @param instanceId the instance ID
     * @param state the instance state name, such as {@code running}
     * @param imageId the image it was launched from, or {@code null} when the capture does not say
     * @param owner the image's owner as the capture tells it, or {@code null}
     * @param autoScalingGroup the Auto Scaling group that launched it (its {@code aws:autoscaling:groupName}
     *     tag), or {@code null}
     * @param operator the AWS service that manages it ({@code Operator.Principal}), or {@code null}
     */
    record Instance(AccountId account, String region, String instanceId, String state, String imageId, ImageOwner owner,
            String autoScalingGroup, String operator) {
    }

    /**
     * One version of a launch template.
     *
     * @param account the account the template belongs to
     * @param region the region it is in
     * @param templateId the template ID
     * @param templateName the template name, or empty
     * @param version the version number
     * @param isDefault whether it is the template's default version
     * @param imageId the image it names, possibly an SSM parameter reference; {@code null} when it names none
     */
    record TemplateVersion(AccountId account, String region, String templateId, String templateName, long version,
            boolean isDefault, String imageId) {
    }

    /**
     * How an Auto Scaling group or a launch names a launch template.
     *
     * @param templateId the template ID, or {@code null} when named by name
     * @param templateName the template name, or {@code null} when named by ID
     * @param version a version number, {@code $Latest} or {@code $Default}; {@code $Default} when absent
     */
    record TemplateRef(String templateId, String templateName, String version) {
        TemplateRef {
            if (templateId == null && templateName == null) {
                throw new IllegalArgumentException("a launch template is named by ID or by name");
            }
            Objects.requireNonNull(version, "version");
        }

        /** Returns the reference as the report shows it, such as {@code lt-0abc version $Latest}. */
        String label() {
            return (templateId != null ? templateId : templateName) + " version " + version;
        }
    }

    /**
     * An Auto Scaling group and what it launches from.
     *
     * @param account the account it belongs to
     * @param region the region it is in
     * @param name the group name
     * @param templates the launch templates it uses, overrides included
     * @param launchConfiguration its launch configuration's name, or {@code null}
     */
    record AutoScalingGroup(AccountId account, String region, String name, List<TemplateRef> templates,
            String launchConfiguration) {
        AutoScalingGroup {
            templates = List.copyOf(templates);
        }
    }

    /**
     * A launch configuration.
     *
     * @param account the account it belongs to
     * @param region the region it is in
     * @param name its name
     * @param imageId the image it launches
     */
    record LaunchConfiguration(AccountId account, String region, String name, String imageId) {
    }

    private static final Comparator<Image> PREFERRED = Comparator.comparing(Image::account)
            .thenComparing(Image::region).thenComparing(Image::owner).thenComparing(Image::name);

    final Map<String, Image> images = new HashMap<>();
    final List<Instance> instances = new ArrayList<>();
    final List<TemplateVersion> templateVersions = new ArrayList<>();
    final List<AutoScalingGroup> autoScalingGroups = new ArrayList<>();
    final List<LaunchConfiguration> launchConfigurations = new ArrayList<>();

    /**
     * Records an image. When two captures describe the same image, the one from the smallest account
     * and region folder is kept, and the image counts as public if either capture says so.
     */
    void addImage(Image image) {
        images.merge(image.imageId(), image, Inventory::combine);
    }

    /** Adds everything another inventory holds to this one. */
    void merge(Inventory other) {
        other.images.values().forEach(this::addImage);
        instances.addAll(other.instances);
        templateVersions.addAll(other.templateVersions);
        autoScalingGroups.addAll(other.autoScalingGroups);
        launchConfigurations.addAll(other.launchConfigurations);
    }

    private static Image combine(Image a, Image b) {
        Image kept = PREFERRED.compare(a, b) <= 0 ? a : b;
        Image other = kept == a ? b : a;
        boolean isPublic = a.isPublic() || b.isPublic();
        String name = kept.name().isEmpty() ? other.name() : kept.name();
        return new Image(kept.imageId(), kept.owner(), isPublic, name, kept.account(), kept.region());
    }
}

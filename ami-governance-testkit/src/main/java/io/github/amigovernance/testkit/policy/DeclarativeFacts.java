package io.github.amigovernance.testkit.policy;

import io.github.amigovernance.testkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a declarative policy file says, read with the test kit's own JSON reader.
 *
 * @param exceptionMessage the {@code exception_message}, when present
 * @param imageBlockPublicAccess the image block public access state
 * @param allowedImagesState the Allowed AMIs state, {@code audit_mode} or {@code enabled}
 * @param criteria the providers of each criterion, in file order
 */
public record DeclarativeFacts(Optional<String> exceptionMessage, String imageBlockPublicAccess,
        String allowedImagesState, List<List<String>> criteria) {

    /** Checks that no part is missing and copies the criteria. */
    public DeclarativeFacts {
        Objects.requireNonNull(exceptionMessage, "exceptionMessage");
        Objects.requireNonNull(imageBlockPublicAccess, "imageBlockPublicAccess");
        Objects.requireNonNull(allowedImagesState, "allowedImagesState");
        criteria = criteria.stream().map(List::copyOf).toList();
    }

    /**
     * Reads a declarative policy as this project renders it.
     *
     * @throws IllegalArgumentException if the text is not JSON or a part has another shape; the
     *     message names the part
     */
    public static DeclarativeFacts read(String text) {
        return read(Json.parseObject(text));
    }

    /**
     * Reads a parsed declarative policy; see {@link #read(String)}.
     *
     * @throws IllegalArgumentException if a part has another shape
     */
    public static DeclarativeFacts read(Map<String, Object> policy) {
        Map<String, Object> attributes = Tree.object(Tree.member(policy, "ec2_attributes", ""), "ec2_attributes");
        Optional<String> message = Optional.ofNullable(attributes.get("exception_message"))
                .map(v -> assigned(v, "ec2_attributes.exception_message"));
        String blockPublicAccess = assigned(Tree.member(Tree.object(
                Tree.member(attributes, "image_block_public_access", "ec2_attributes"),
                "ec2_attributes.image_block_public_access"), "state", "ec2_attributes.image_block_public_access"),
                "ec2_attributes.image_block_public_access.state");
        String settingsPath = "ec2_attributes.allowed_images_settings";
        Map<String, Object> settings = Tree.object(Tree.member(attributes, "allowed_images_settings",
                "ec2_attributes"), settingsPath);
        String state = assigned(Tree.member(settings, "state", settingsPath), settingsPath + ".state");
        Map<String, Object> criteria = Tree.object(Tree.member(settings, "image_criteria", settingsPath),
                settingsPath + ".image_criteria");
        List<List<String>> providers = new ArrayList<>();
        for (Map.Entry<String, Object> criterion : criteria.entrySet()) {
            String path = settingsPath + ".image_criteria." + criterion.getKey();
            Object leaf = Tree.member(Tree.object(criterion.getValue(), path), "allowed_image_providers", path);
            providers.add(Tree.strings(Tree.member(Tree.object(leaf, path + ".allowed_image_providers"), "@@assign",
                    path + ".allowed_image_providers"), path + ".allowed_image_providers.@@assign"));
        }
        return new DeclarativeFacts(message, blockPublicAccess, state, providers);
    }

    /** Returns the providers of all criteria, in file order. */
    public List<String> providers() {
        List<String> all = new ArrayList<>();
        criteria.forEach(all::addAll);
        return List.copyOf(all);
    }

    private static String assigned(Object leaf, String path) {
        return Tree.string(Tree.member(Tree.object(leaf, path), "@@assign", path), path + ".@@assign");
    }
}

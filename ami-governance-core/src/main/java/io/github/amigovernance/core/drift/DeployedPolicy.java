package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.policy.PolicyKind;
import java.util.List;
import java.util.Objects;

/**
 * One policy as it is deployed in AWS Organizations, read from a capture.
 *
 * @param kind the policy's type
 * @param id the policy ID, such as {@code p-a1b2c3d4}
 * @param name the policy name
 * @param description the policy description
 * @param content the policy text exactly as AWS holds it
 * @param contentTree the policy text read as JSON, with locations inside the text
 * @param source where the content was read from, for messages
 * @param targets where the policy is attached, in capture order
 */
public record DeployedPolicy(PolicyKind kind, String id, String name, String description, String content,
        JsonValue contentTree, String source, List<DeployedTarget> targets) {

    /** Checks that no part is missing and copies the list. */
    public DeployedPolicy {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentTree, "contentTree");
        Objects.requireNonNull(source, "source");
        targets = List.copyOf(targets);
    }
}

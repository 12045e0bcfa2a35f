package io.github.amigovernance.core.drift;

import java.util.Objects;

/**
 * A root, OU or account a deployed policy is attached to, as {@code list-targets-for-policy} prints it.
 *
 * @param id the target's ID, such as {@code ou-ab12-cd34ef56}
 * @param type {@code ROOT}, {@code ORGANIZATIONAL_UNIT} or {@code ACCOUNT}; empty when the capture lacks it
 * @param name the target's name; empty when the capture lacks it
 */
public record DeployedTarget(String id, String type, String name) {

    /** Checks that no part is missing. */
    public DeployedTarget {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
    }

    /** Returns the ID with the target's name, such as {@code ou-ab12-cd34ef56 (Workloads)}. */
    public String describe() {
        return name.isEmpty() || name.equals(id) ? id : id + " (" + name + ")";
    }
}

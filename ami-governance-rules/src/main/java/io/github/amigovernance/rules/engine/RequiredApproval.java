package io.github.amigovernance.rules.engine;

import java.util.Objects;

/**
 * One cell of the approval matrix: a role that must approve every exception of a type.
 *
 * @param type the type name
 * @param role the role that must approve
 * @param order the role's position in the type's list, so findings keep the policy's order
 */
public record RequiredApproval(String type, String role, int order) {

    /** Checks that no part is missing. */
    public RequiredApproval {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
    }
}

package io.github.amigovernance.core.policy;

import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import java.util.List;
import java.util.Objects;

/**
 * The pair of policies rendered from one config on one day, with what they were rendered from.
 *
 * @param allowlist the allowlist both policies express
 * @param mode the enforcement mode they were rendered for
 * @param declarative the EC2 declarative policy
 * @param scp the service control policy
 */
public record RenderedPolicies(Allowlist allowlist, EnforcementMode mode, PolicyDocument declarative,
        PolicyDocument scp) {

    /** Checks that no part is missing and that each document is of its expected kind. */
    public RenderedPolicies {
        Objects.requireNonNull(allowlist, "allowlist");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(declarative, "declarative");
        Objects.requireNonNull(scp, "scp");
        if (declarative.kind() != PolicyKind.DECLARATIVE_POLICY_EC2
                || scp.kind() != PolicyKind.SERVICE_CONTROL_POLICY) {
            throw new IllegalArgumentException("documents are in the wrong places");
        }
    }

    /** Returns both documents, declarative policy first. */
    public List<PolicyDocument> documents() {
        return List.of(declarative, scp);
    }
}

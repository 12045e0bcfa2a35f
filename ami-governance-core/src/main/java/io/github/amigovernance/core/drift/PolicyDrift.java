package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.verify.Finding;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one deployed policy compares with what the config renders.
 *
 * @param kind the policy's type
 * @param expected the name and description the config gives it
 * @param policyId the deployed policy's ID, when exactly one policy has the name
 * @param status the overall verdict
 * @param attachedTargets where the deployed policy is attached, in capture order
 * @param findings every difference found, errors first
 */
public record PolicyDrift(PolicyKind kind, PolicyMetadata expected, Optional<String> policyId, Status status,
        List<DeployedTarget> attachedTargets, List<Finding> findings) {

    /** The overall verdict on one policy. */
    public enum Status {

        /** Deployed, with the rendered meaning and attachments (warnings and notes aside). */
        IN_SYNC,

        /** Deployed, but its meaning, shape or attachments differ from the config's. */
        DRIFTED,

        /** No policy of the type has the config's name (or several have). */
        MISSING;

        /** Returns the lower-case name used in JSON output, such as {@code in_sync}. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks that no part is missing and copies the lists. */
    public PolicyDrift {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(status, "status");
        attachedTargets = List.copyOf(attachedTargets);
        findings = List.copyOf(findings);
    }
}

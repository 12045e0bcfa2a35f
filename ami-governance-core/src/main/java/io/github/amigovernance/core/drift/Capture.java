package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.policy.PolicyKind;
import java.util.Objects;

/**
 * What a capture folder says about the two policies a config deploys.
 *
 * @param directory the capture folder, for messages
 * @param declarative the EC2 declarative policy of the config's name
 * @param scp the SCP of the config's name
 */
public record Capture(String directory, CapturedPolicy declarative, CapturedPolicy scp) {

    /** Checks that no part is missing. */
    public Capture {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(declarative, "declarative");
        Objects.requireNonNull(scp, "scp");
    }

    /** Returns what the capture says about the policy of the given type. */
    public CapturedPolicy policy(PolicyKind kind) {
        return kind == PolicyKind.DECLARATIVE_POLICY_EC2 ? declarative : scp;
    }
}

package io.github.amigovernance.core.deploy;

import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.PolicyKind;
import java.util.List;

/** Pairs each kind of policy with its name, description and targets in a deployment. */
final class Policies {

    private Policies() {
    }

    static PolicyMetadata metadata(Deployment deployment, PolicyKind kind) {
        return kind == PolicyKind.DECLARATIVE_POLICY_EC2 ? deployment.declarative() : deployment.scp();
    }

    static List<TargetId> targets(Deployment deployment, PolicyKind kind) {
        return kind == PolicyKind.DECLARATIVE_POLICY_EC2 ? deployment.declarativeTargets() : deployment.scpTargets();
    }
}

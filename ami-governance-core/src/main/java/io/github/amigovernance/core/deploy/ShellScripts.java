package io.github.amigovernance.core.deploy;

import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders the two bash scripts: one that deploys both policies with the AWS CLI, and one that
 * captures what is deployed for drift detection.
 *
 * <p>Each script starts with its data (names, descriptions, policy texts and targets, every value
 * in single quotes so that bash passes it on byte for byte) followed by fixed code kept as a
 * resource beside this class. The scripts run on bash 3.2 and later, so also on macOS, and need
 * nothing but the AWS CLI.
 */
final class ShellScripts {

    private ShellScripts() {
    }

    static String deploy(RenderedPolicies policies, Deployment deployment) {
        StringBuilder script = new StringBuilder();
        script.append("""
                #!/usr/bin/env bash
                # Deploys the AMI governance policies to AWS Organizations with the AWS CLI, rendered by
                # ami-governance. Change the config and run generate again rather than editing this file.
                #
                # Run it with credentials for the organization's management account:
                #     bash deploy-ami-governance.sh
                # It enables the two policy types on the root when they are not enabled yet, creates each
                # policy or, when a policy of its type and name exists, updates it to the text below, and
                # attaches each policy to every one of its targets it is not attached to yet. It never
                # detaches and never deletes; running it again is safe.
                #
                # AMI_GOVERNANCE_DRY_RUN=1 makes only the calls that read the organization and shows the
                # ones that would change it. AMI_GOVERNANCE_POLL_SECONDS (default 5) is the wait between
                # checks while a policy type is being enabled.
                set -euo pipefail

                """);
        data(script, policies, deployment);
        script.append(resource("common.sh"));
        script.append(resource("deploy.sh"));
        return script.toString();
    }

    static String capture(Deployment deployment) {
        StringBuilder script = new StringBuilder();
        script.append("""
                #!/usr/bin/env bash
                # Captures the deployed AMI governance policies with the AWS CLI, for
                # "ami-governance drift --deployed DIR". Rendered by ami-governance; change the config and run
                # generate again rather than editing this file.
                #
                # Run it with credentials for the organization's management account:
                #     bash capture-ami-governance.sh [DIR]
                # It writes into DIR (default: deployed) one file per call, named after the call:
                #   list-policies-DECLARATIVE_POLICY_EC2.json
                #       aws organizations list-policies --filter DECLARATIVE_POLICY_EC2
                #   list-policies-SERVICE_CONTROL_POLICY.json
                #       aws organizations list-policies --filter SERVICE_CONTROL_POLICY
                #   describe-policy-<policy id>.json
                #       aws organizations describe-policy --policy-id <policy id>
                #   list-targets-for-policy-<policy id>.json
                #       aws organizations list-targets-for-policy --policy-id <policy id>
                # for the policy of each type whose name the config gives. It only reads.
                set -euo pipefail

                """);
        variable(script, "DECLARATIVE_NAME", deployment.declarative().name());
        variable(script, "SCP_NAME", deployment.scp().name());
        script.append(resource("common.sh"));
        script.append(resource("capture.sh"));
        return script.toString();
    }

    private static void data(StringBuilder script, RenderedPolicies policies, Deployment deployment) {
        variable(script, "DECLARATIVE_NAME", deployment.declarative().name());
        variable(script, "DECLARATIVE_DESCRIPTION", deployment.declarative().description());
        variable(script, "SCP_NAME", deployment.scp().name());
        variable(script, "SCP_DESCRIPTION", deployment.scp().description());
        script.append("\n# The policy texts, exactly as generate writes them to ")
                .append(policies.declarative().kind().fileName()).append(" and ")
                .append(policies.scp().kind().fileName()).append(".\n");
        content(script, "DECLARATIVE_CONTENT", policies.declarative());
        content(script, "SCP_CONTENT", policies.scp());
        script.append("\n# The roots, OUs and accounts each policy is attached to.\n");
        targets(script, "DECLARATIVE_TARGETS", deployment.declarativeTargets());
        targets(script, "SCP_TARGETS", deployment.scpTargets());
        script.append("TARGET_COUNT=").append(deployment.declarativeTargets().size() + deployment.scpTargets().size())
                .append('\n');
    }

    private static void targets(StringBuilder script, String name, List<TargetId> targets) {
        script.append(name).append("=(");
        for (int i = 0; i < targets.size(); i++) {
            script.append(i == 0 ? "" : " ").append(ShellQuoting.quote(targets.get(i).value()));
        }
        script.append(")\n");
    }

    private static void content(StringBuilder script, String name, PolicyDocument document) {
        variable(script, name, document.content());
    }

    private static void variable(StringBuilder script, String name, String value) {
        script.append(name).append('=').append(ShellQuoting.quote(value)).append('\n');
    }

    private static String resource(String name) {
        try (InputStream in = ShellScripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the script resource " + name + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the script resource " + name + " failed", e);
        }
    }
}

package io.github.amigovernance.core.deploy;

import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Renders the files that deploy a pair of rendered policies to AWS Organizations, and the script
 * that captures what is deployed for drift detection.
 *
 * <p>The library makes no AWS call: the files do, when a person or a pipeline applies them. Every
 * file embeds the exact policy text {@link io.github.amigovernance.core.policy.PolicyRenderer}
 * produced (CloudFormation as a JSON object, the others as text), so deploying any of them puts
 * exactly the checked policies in place. Output is deterministic: the same policies and deployment
 * give the same bytes. The class has no state and is safe to use from any thread.
 */
public final class DeploymentRenderer {

    /** The largest CloudFormation template that {@code aws cloudformation deploy} passes without an S3 bucket. */
    public static final int CLOUDFORMATION_MAX_INLINE_BYTES = CloudFormationTemplate.MAX_INLINE_BYTES;

    private DeploymentRenderer() {
    }

    /**
     * Renders the requested files.
     *
     * @param policies the policies to deploy
     * @param deployment their names, descriptions and targets
     * @param formats the files to render
     * @return one file per format, in the order of {@link DeploymentFormat}
     */
    public static List<DeploymentFile> render(RenderedPolicies policies, Deployment deployment,
            Set<DeploymentFormat> formats) {
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(deployment, "deployment");
        List<DeploymentFile> files = new ArrayList<>();
        for (DeploymentFormat format : formats.isEmpty() ? EnumSet.noneOf(DeploymentFormat.class)
                : EnumSet.copyOf(formats)) {
            String content = switch (format) {
                case TERRAFORM -> TerraformConfig.render(policies, deployment);
                case CLOUDFORMATION -> CloudFormationTemplate.render(policies, deployment);
                case CLI -> ShellScripts.deploy(policies, deployment);
                case CAPTURE -> ShellScripts.capture(deployment);
            };
            files.add(new DeploymentFile(format, content));
        }
        return List.copyOf(files);
    }
}

package io.github.amigovernance.core.deploy;

import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.RenderedPolicies;

/**
 * Renders a Terraform configuration in JSON syntax: one {@code aws_organizations_policy} per policy
 * and one {@code aws_organizations_policy_attachment} per policy and target.
 *
 * <p>Terraform reads every JSON string as a template, so {@code ${} and {@code %{} in a name,
 * description or policy text are written as {@code $${} and {@code %%{}; Terraform turns them back
 * and sends AWS exactly the rendered text. The file configures no provider and does not enable the
 * policy types, because both belong to the organization's own configuration.
 */
final class TerraformConfig {

    static final String POLICY_RESOURCE = "aws_organizations_policy";
    static final String ATTACHMENT_RESOURCE = "aws_organizations_policy_attachment";

    private TerraformConfig() {
    }

    /** Returns the local name of the policy resource, such as {@code ami_governance_scp}. */
    static String policyName(PolicyDocument document) {
        return switch (document.kind()) {
            case DECLARATIVE_POLICY_EC2 -> "ami_governance_declarative";
            case SERVICE_CONTROL_POLICY -> "ami_governance_scp";
        };
    }

    /** Returns the local name of an attachment: the policy's name, an underscore and the target ID. */
    static String attachmentName(PolicyDocument document, TargetId target) {
        return policyName(document) + "_" + target.value();
    }

    /** Returns the Terraform expression for the policy's ID. */
    private static String reference(PolicyDocument document) {
        return "${" + POLICY_RESOURCE + "." + policyName(document) + ".id}";
    }

    /** Writes text so that Terraform's template processing turns it back into exactly itself. */
    static String literal(String text) {
        return text.replace("${", "$${").replace("%{", "%%{");
    }

    static String render(RenderedPolicies policies, Deployment deployment) {
        return JsonWriting.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("//", "The AMI governance policies and their attachments, rendered by ami-governance."
                    + " Change the config and run generate again rather than editing this file.");
            json.writeObjectFieldStart("resource");
            json.writeObjectFieldStart(POLICY_RESOURCE);
            for (PolicyDocument document : policies.documents()) {
                PolicyMetadata metadata = Policies.metadata(deployment, document.kind());
                json.writeObjectFieldStart(policyName(document));
                json.writeStringField("name", literal(metadata.name()));
                json.writeStringField("description", literal(metadata.description()));
                json.writeStringField("type", document.kind().organizationsType());
                json.writeStringField("content", literal(document.content()));
                json.writeEndObject();
            }
            json.writeEndObject();
            if (!deployment.allTargets().isEmpty()) {
                json.writeObjectFieldStart(ATTACHMENT_RESOURCE);
                for (PolicyDocument document : policies.documents()) {
                    for (TargetId target : Policies.targets(deployment, document.kind())) {
                        json.writeObjectFieldStart(attachmentName(document, target));
                        json.writeStringField("policy_id", reference(document));
                        json.writeStringField("target_id", target.value());
                        json.writeEndObject();
                    }
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("output");
            for (PolicyDocument document : policies.documents()) {
                json.writeObjectFieldStart(policyName(document) + "_policy_id");
                json.writeStringField("description", "The ID of the " + document.kind().label() + ".");
                json.writeStringField("value", reference(document));
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}

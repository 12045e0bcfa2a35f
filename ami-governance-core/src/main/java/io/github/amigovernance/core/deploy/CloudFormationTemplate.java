package io.github.amigovernance.core.deploy;

import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.util.List;

/**
 * Renders a CloudFormation template with one {@code AWS::Organizations::Policy} per policy, its
 * {@code TargetIds} the config's targets.
 *
 * <p>{@code Content} is the policy as a JSON object rather than a string, as AWS recommends: with a
 * string, CloudFormation drift detection cannot compare the policy. CloudFormation sends the object
 * to AWS Organizations as compact JSON, which is the text {@code generate} writes without
 * {@code --pretty}.
 */
final class CloudFormationTemplate {

    /** The largest template that {@code aws cloudformation deploy} passes inline; a larger one needs an S3 bucket. */
    static final int MAX_INLINE_BYTES = 51_200;

    private CloudFormationTemplate() {
    }

    /** Returns the logical ID of a policy's resource in the template. */
    static String logicalId(PolicyDocument document) {
        return switch (document.kind()) {
            case DECLARATIVE_POLICY_EC2 -> "AmiGovernanceDeclarativePolicy";
            case SERVICE_CONTROL_POLICY -> "AmiGovernanceScp";
        };
    }

    static String render(RenderedPolicies policies, Deployment deployment) {
        return JsonWriting.pretty(json -> {
            json.writeStartObject();
            json.writeStringField("AWSTemplateFormatVersion", "2010-09-09");
            json.writeStringField("Description", "AMI governance: the EC2 declarative policy and the SCP rendered by"
                    + " ami-governance, attached to the config's targets. Change the config and run generate again"
                    + " rather than editing this template.");
            json.writeObjectFieldStart("Resources");
            for (PolicyDocument document : policies.documents()) {
                PolicyMetadata metadata = Policies.metadata(deployment, document.kind());
                json.writeObjectFieldStart(logicalId(document));
                json.writeStringField("Type", "AWS::Organizations::Policy");
                json.writeObjectFieldStart("Properties");
                json.writeStringField("Name", metadata.name());
                json.writeStringField("Description", metadata.description());
                json.writeStringField("Type", document.kind().organizationsType());
                List<TargetId> targets = Policies.targets(deployment, document.kind());
                if (!targets.isEmpty()) {
                    json.writeArrayFieldStart("TargetIds");
                    for (TargetId target : targets) {
                        json.writeString(target.value());
                    }
                    json.writeEndArray();
                }
                json.writeFieldName("Content");
                JsonWriting.tree(json, parse(document));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("Outputs");
            for (PolicyDocument document : policies.documents()) {
                json.writeObjectFieldStart(logicalId(document) + "Id");
                json.writeStringField("Description", "The ID of the " + document.kind().label() + ".");
                json.writeObjectFieldStart("Value");
                json.writeStringField("Ref", logicalId(document));
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    private static JsonValue parse(PolicyDocument document) {
        Problems problems = new Problems(document.kind().fileName());
        return new JsonTreeReader().read(document.bytes(), problems).orElseThrow(() -> new IllegalStateException(
                "a rendered policy is not JSON: " + problems.list()));
    }
}

package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.verify.PolicyFile;
import io.github.amigovernance.core.verify.PolicyVerifier;
import io.github.amigovernance.core.verify.VerificationResult;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.Scenario;
import io.github.amigovernance.testkit.policy.StructuralChecks;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every rendered pair has the shape AWS's linters demand, and the project's own verifier finds
 * nothing wrong with it (which also checks the verifier for false alarms).
 */
final class PolicyStructurePropertiesTest {

    @Test
    void everyRenderedPolicyPassesTheStructuralChecks() {
        Property.named("everyRenderedPolicyPassesTheStructuralChecks")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .checkAndClassify(scenario -> {
                    OutputStyle style = scenario.asOf().getDayOfMonth() % 3 == 0 ? OutputStyle.PRETTY
                            : OutputStyle.COMPACT;
                    RenderedPolicies policies = Rendering.render(scenario, Rendering.ROOMY, style);

                    assertEquals(List.of(), StructuralChecks.declarative(policies.declarative().content()),
                            "problems of the declarative policy");
                    assertEquals(List.of(), StructuralChecks.scp(policies.scp().content()), "problems of the SCP");
                    return style.name().toLowerCase(java.util.Locale.ROOT);
                });
    }

    @Test
    void theVerifierFindsNothingWrongWithAnyRenderedPair() {
        PolicyVerifier verifier = new PolicyVerifier(Rendering.ROOMY);
        Property.named("theVerifierFindsNothingWrongWithAnyRenderedPair")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .check(scenario -> {
                    RenderedPolicies policies = Rendering.render(scenario);

                    VerificationResult result = verifier.verify(Rendering.load(scenario.config()), scenario.asOf(),
                            new PolicyFile("declarative-policy-ec2.json", policies.declarative().bytes()),
                            new PolicyFile("scp-ami-guardrail.json", policies.scp().bytes()));

                    assertEquals(List.of(), result.findings(), "findings on a freshly rendered pair");
                    assertEquals(Optional.of(EnforcementMode.fromPolicyValue(scenario.mode().value()).orElseThrow()),
                            result.mode(), "the mode read from both files");
                });
    }
}

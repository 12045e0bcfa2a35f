package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Shrinker;
import io.github.amigovernance.testkit.config.Aliases;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.ExpectedAllowlist;
import io.github.amigovernance.testkit.config.Mode;
import io.github.amigovernance.testkit.config.Scenario;
import io.github.amigovernance.testkit.policy.AccessRequest;
import io.github.amigovernance.testkit.policy.Ec2Vocabulary;
import io.github.amigovernance.testkit.policy.PolicyEvaluator;
import io.github.amigovernance.testkit.policy.PolicyEvaluator.AllowedAmisDecision;
import io.github.amigovernance.testkit.policy.RequestGenerators;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the two policies decide, rather than how they are spelt: random calls (principal account,
 * image owner, action) are decided under both documents by the test kit's evaluator, and compared
 * with each other and with the allowlist.
 *
 * <p>The two layers differ in one documented way: Allowed AMIs never restricts an account's own
 * images, while the SCP's owner allowlist has no such exception, so in {@code enabled} mode an
 * account launching its own image from outside the allowlist passes Allowed AMIs and is denied by
 * the SCP. {@link #anAccountsOwnImageOutsideTheAllowlistPassesAllowedAmisButTheScpDeniesIt} shows
 * that case on its own; the property allows exactly that disagreement and no other.
 */
final class PolicySemanticsPropertiesTest {

    private static final int CALLS_PER_CASE = 25;

    @Test
    void bothPoliciesDecideEveryLaunchAlikeExceptAnAccountsOwnImages() {
        Property.named("bothPoliciesDecideEveryLaunchAlikeExceptAnAccountsOwnImages")
                .forAll(semanticCases())
                .shrinkingWith(SemanticCase.SHRINKER)
                .describedBy(SemanticCase::describe)
                .tries(1000)
                .expectLabel("enabled, own image outside the allowlist among the calls", 0.2)
                .expectLabel("audit_mode", 0.3)
                .checkAndClassify(semantic -> {
                    Scenario scenario = semantic.scenario();
                    RenderedPolicies policies = Rendering.render(scenario);
                    Map<String, Object> scp = PolicyEvaluator.parse(policies.scp().content());
                    Map<String, Object> declarative = PolicyEvaluator.parse(policies.declarative().content());
                    ExpectedAllowlist expected = scenario.expected();
                    boolean enabled = scenario.mode() == Mode.ENABLED;
                    boolean ownImageCase = false;

                    for (AccessRequest call : semantic.calls()) {
                        boolean scpDenies = PolicyEvaluator.scpDenies(scp, call);
                        AllowedAmisDecision allowedAmis = PolicyEvaluator.allowedAmis(declarative, call);

                        assertEquals(expectedScpDenial(call, expected, enabled), scpDenies, "SCP on " + call);
                        if (call.isLaunch()) {
                            String owner = call.imageOwner().get();
                            boolean onList = expected.declarativeProviders().contains(
                                    Aliases.configName(owner).orElse(owner));
                            assertEquals(onList || call.ownImage(), allowedAmis.imageAllowed(),
                                    "Allowed AMIs marks the image of " + call);
                            assertEquals(onList || call.ownImage() || !enabled, allowedAmis.callAllowed(),
                                    "Allowed AMIs on " + call);
                            if (enabled && !onList && call.ownImage()) {
                                ownImageCase = true;
                                assertTrue(allowedAmis.callAllowed() && scpDenies,
                                        "own image outside the allowlist: Allowed AMIs lets it pass, the SCP"
                                                + " denies it");
                            } else if (enabled) {
                                assertEquals(allowedAmis.callAllowed(), !scpDenies, "both layers agree on " + call);
                            } else {
                                assertFalse(scpDenies, "audit_mode: the SCP leaves launches alone: " + call);
                            }
                        } else {
                            assertTrue(allowedAmis.callAllowed(), "Allowed AMIs governs only launches: " + call);
                        }
                    }
                    if (!enabled) {
                        return "audit_mode";
                    }
                    return ownImageCase ? "enabled, own image outside the allowlist among the calls"
                            : "enabled, no own image outside the allowlist";
                });
    }

    /**
     * The documented difference between the layers: account 999988887777, not on the allowlist,
     * launches its own image. Allowed AMIs lets it (an account's own images are always allowed);
     * the SCP denies it (its owner is not on the allowlist).
     */
    @Test
    void anAccountsOwnImageOutsideTheAllowlistPassesAllowedAmisButTheScpDeniesIt() {
        String config = "{\"ops_publisher_account\":{\"account_id\":\"123456738923\"},"
                + "\"vendor_publisher_accounts\":[{\"account_id\":\"111122223333\",\"vendor_name\":\"InfoBlox\"}]}";
        RenderedPolicies policies = new PolicyRenderer().render(
                new ConfigLoader().parse(config.getBytes(StandardCharsets.UTF_8), "config.json"),
                LocalDate.of(2026, 12, 3), EnforcementMode.ENABLED);
        AccessRequest ownImage = new AccessRequest("ec2:RunInstances", "999988887777", Optional.of("999988887777"));
        AccessRequest vendorImage = new AccessRequest("ec2:RunInstances", "999988887777",
                Optional.of("111122223333"));

        AllowedAmisDecision allowedAmis = PolicyEvaluator.allowedAmis(
                PolicyEvaluator.parse(policies.declarative().content()), ownImage);
        boolean scpDenies = PolicyEvaluator.scpDenies(PolicyEvaluator.parse(policies.scp().content()), ownImage);

        assertTrue(allowedAmis.callAllowed(), "Allowed AMIs never restricts an account's own images");
        assertTrue(scpDenies, "the SCP denies images whose owner is not on the allowlist, the caller's own too");
        assertFalse(PolicyEvaluator.scpDenies(PolicyEvaluator.parse(policies.scp().content()), vendorImage),
                "a vendor's image is allowed to every account");
    }

    /** What the SCP must decide, from the allowlist alone. */
    private static boolean expectedScpDenial(AccessRequest call, ExpectedAllowlist expected, boolean enabled) {
        if (Ec2Vocabulary.LAUNCH_ACTIONS.contains(call.action())) {
            return enabled && call.imageOwner().isPresent() && !expected.allowsOwner(call.imageOwner().get());
        }
        if (Ec2Vocabulary.CREATE_ACTIONS.contains(call.action())
                || call.action().equals(Ec2Vocabulary.SHARE_ACTION)) {
            return !expected.internalPublishers().contains(call.principalAccount());
        }
        return call.action().equals(Ec2Vocabulary.DISABLE_BLOCK_PUBLIC_ACCESS);
    }

    private static Generator<SemanticCase> semanticCases() {
        return source -> {
            Scenario scenario = ConfigGenerators.scenarios().next(source);
            List<AccessRequest> calls = Generator.listOf(RequestGenerators.requests(scenario),
                    Generator.constant(CALLS_PER_CASE)).next(source);
            return new SemanticCase(scenario, calls);
        };
    }

    /** A scenario and the calls to decide under its policies. */
    private record SemanticCase(Scenario scenario, List<AccessRequest> calls) {

        static final Shrinker<SemanticCase> SHRINKER = Shrinker.<SemanticCase, AccessRequest>dropping(
                        SemanticCase::calls, (c, calls) -> new SemanticCase(c.scenario(), calls))
                .andThen(c -> Scenario.SHRINKER.candidates(c.scenario()).map(s -> new SemanticCase(s, c.calls())));

        String describe() {
            return "calls " + calls + "\nunder " + scenario.describe();
        }
    }
}

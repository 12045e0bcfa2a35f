package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.policy.LimitViolation;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Generator.Weighted;
import io.github.amigovernance.testkit.Outcome;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Shrinker;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.Scenario;
import io.github.amigovernance.testkit.policy.DeclarativeFacts;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every rendered policy is within the AWS limits, or rendering fails with the typed limit error
 * that names every limit broken, and no policy comes out to be written.
 */
final class PolicyLimitPropertiesTest {

    @Test
    void everyOutputIsWithinTheLimitsOrTheRenderFailsWithTheTypedLimitError() {
        Property.named("everyOutputIsWithinTheLimitsOrTheRenderFailsWithTheTypedLimitError")
                .forAll(limitCases())
                .shrinkingWith(LimitCase.SHRINKER)
                .describedBy(LimitCase::describe)
                .tries(1000)
                .expectLabel("within the limits", 0.1)
                .expectLabel("over a limit", 0.1)
                .checkAndClassify(limitCase -> {
                    PolicyLimits limits = limitCase.limits();
                    RenderedPolicies unchecked = Rendering.render(limitCase.scenario(), new PolicyLimits(
                            Integer.MAX_VALUE, Integer.MAX_VALUE, limits.providersPerCriterion(), Integer.MAX_VALUE),
                            limitCase.style());
                    Set<Broken> expected = brokenLimits(unchecked, limits);

                    Outcome<RenderedPolicies, PolicyLimitException> outcome = Outcome.of(PolicyLimitException.class,
                            () -> Rendering.render(limitCase.scenario(), limits, limitCase.style()));

                    if (outcome.succeeded()) {
                        assertEquals(Set.of(), expected, "rendering succeeded although limits are broken");
                        RenderedPolicies policies = outcome.value().get();
                        for (int i = 0; i < 2; i++) {
                            assertArrayEquals(unchecked.documents().get(i).bytes(),
                                    policies.documents().get(i).bytes(), "limits change no byte of what fits");
                        }
                        return "within the limits";
                    }
                    List<LimitViolation> violations = outcome.failure().get().violations();
                    assertFalse(violations.isEmpty(), "a limit error names the limits broken");
                    Set<Broken> reported = new HashSet<>();
                    for (LimitViolation v : violations) {
                        reported.add(new Broken(v.kind(), v.what(), v.actual(), v.limit()));
                        assertTrue(v.excess() > 0, "a violation is over its limit: " + v);
                        assertFalse(v.advice().isBlank(), "a violation says what to do: " + v);
                    }
                    assertEquals(expected, reported, "the limits broken, as measured by the test");
                    return "over a limit";
                });
    }

    /** Measures a rendered pair independently: characters as code points, criteria as read back. */
    private static Set<Broken> brokenLimits(RenderedPolicies policies, PolicyLimits limits) {
        Set<Broken> broken = new HashSet<>();
        String declarative = policies.declarative().content();
        long declarativeCharacters = declarative.codePoints().count();
        if (declarativeCharacters > limits.declarativeMaxCharacters()) {
            broken.add(new Broken(PolicyKind.DECLARATIVE_POLICY_EC2, "characters", declarativeCharacters,
                    limits.declarativeMaxCharacters()));
        }
        long scpCharacters = policies.scp().content().codePoints().count();
        if (scpCharacters > limits.scpMaxCharacters()) {
            broken.add(new Broken(PolicyKind.SERVICE_CONTROL_POLICY, "characters", scpCharacters,
                    limits.scpMaxCharacters()));
        }
        List<List<String>> criteria = DeclarativeFacts.read(declarative).criteria();
        for (List<String> criterion : criteria) {
            assertTrue(criterion.size() <= limits.providersPerCriterion() && !criterion.isEmpty(),
                    "a criterion holds 1 to " + limits.providersPerCriterion() + " providers, not "
                            + criterion.size());
        }
        if (criteria.size() > limits.maxCriteria()) {
            broken.add(new Broken(PolicyKind.DECLARATIVE_POLICY_EC2, "image criteria", criteria.size(),
                    limits.maxCriteria()));
        }
        return broken;
    }

    private static Generator<LimitCase> limitCases() {
        Generator<PolicyLimits> limits = Generator.weighted(
                Weighted.of(40, Generator.constant(PolicyLimits.DEFAULTS)),
                Weighted.of(15, Generator.constant(PolicyLimits.DEFAULTS.withScpMaxCharacters(
                        PolicyLimits.LEGACY_SCP_MAX_CHARACTERS))),
                Weighted.of(45, source -> new PolicyLimits(source.between(600, 12_000), source.between(600, 12_000),
                        source.between(1, 200), source.between(1, 10))));
        return source -> new LimitCase(ConfigGenerators.scenarios().next(source), limits.next(source),
                source.percent(80) ? OutputStyle.COMPACT : OutputStyle.PRETTY);
    }

    /** A limit broken: which policy, what is measured, how much it has and how much is allowed. */
    private record Broken(PolicyKind kind, String what, long actual, long limit) {
    }

    /** A scenario with the limits and layout to render it with. */
    private record LimitCase(Scenario scenario, PolicyLimits limits, OutputStyle style) {

        static final Shrinker<LimitCase> SHRINKER = c -> Scenario.SHRINKER.candidates(c.scenario())
                .map(smaller -> new LimitCase(smaller, c.limits(), c.style()));

        String describe() {
            return limits + ", " + style + ", " + scenario.describe();
        }
    }
}

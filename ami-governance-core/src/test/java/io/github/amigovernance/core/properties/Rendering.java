package io.github.amigovernance.core.properties;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.testkit.config.ConfigCase;
import io.github.amigovernance.testkit.config.Mode;
import io.github.amigovernance.testkit.config.Scenario;

/**
 * Runs the code under test on generated scenarios: loads the config text with the real loader and
 * renders it with the real renderer.
 */
final class Rendering {

    /** The name generated config text is loaded under. */
    static final String SOURCE = "generated.json";

    /**
     * AWS's limits with the two size limits lifted. The limits change no byte of a policy that fits
     * them (they are only checked), so properties that are not about size render with these and
     * every generated case counts; the limit property covers the sizes.
     */
    static final PolicyLimits ROOMY = new PolicyLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
            PolicyLimits.DEFAULTS.providersPerCriterion(), PolicyLimits.DEFAULTS.maxCriteria());

    private Rendering() {
    }

    static GovernanceConfig load(ConfigCase config) {
        return new ConfigLoader().parse(config.bytes(), SOURCE);
    }

    static EnforcementMode mode(Mode mode) {
        return EnforcementMode.fromPolicyValue(mode.value()).orElseThrow();
    }

    static RenderedPolicies render(Scenario scenario) {
        return render(scenario, ROOMY, OutputStyle.COMPACT);
    }

    static RenderedPolicies render(Scenario scenario, PolicyLimits limits, OutputStyle style) {
        return new PolicyRenderer(limits, style).render(load(scenario.config()), scenario.asOf(),
                mode(scenario.mode()));
    }
}

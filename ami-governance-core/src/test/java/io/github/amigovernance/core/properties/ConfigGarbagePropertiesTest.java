package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.testkit.Outcome;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.config.MutatedConfig;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Garbage in: edited config text loads, or fails with the typed config error and nothing else. */
final class ConfigGarbagePropertiesTest {

    private static final String SOURCE = "mutated.json";

    @Test
    void mutatedConfigTextLoadsOrFailsWithTheTypedConfigError() {
        ConfigLoader loader = new ConfigLoader();
        PolicyRenderer renderer = new PolicyRenderer();
        Property.named("mutatedConfigTextLoadsOrFailsWithTheTypedConfigError")
                .forAll(MutatedConfig.generator())
                .shrinkingWith(MutatedConfig.SHRINKER)
                .tries(1000)
                .expectLabel("rejected", 0.3)
                .expectLabel("loaded", 0.05)
                .checkAndClassify(mutated -> {
                    Outcome<GovernanceConfig, InvalidInputException> outcome = Outcome.of(
                            InvalidInputException.class, () -> loader.parse(mutated.bytes(), SOURCE));

                    if (outcome.succeeded()) {
                        Outcome.of(PolicyLimitException.class, () -> renderer.render(outcome.value().get(),
                                LocalDate.of(2026, 12, 3), EnforcementMode.ENABLED));
                        return "loaded";
                    }
                    InvalidInputException error = outcome.failure().get();
                    assertFalse(error.problems().isEmpty(), "a config error carries its problems");
                    for (InputProblem problem : error.problems()) {
                        assertTrue(problem.source().equals(SOURCE), "a problem names the file: " + problem);
                        assertFalse(problem.message().isBlank(), "a problem says what is wrong: " + problem);
                    }
                    return "rejected";
                });
    }
}

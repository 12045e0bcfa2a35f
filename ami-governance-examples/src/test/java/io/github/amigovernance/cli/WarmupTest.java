package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.amigovernance.core.policy.RenderedPolicies;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The warm-up swallows its failures, so this checks that its config still loads and renders. */
final class WarmupTest {

    @Test
    void renderSample_theConfigHeldInTheCode_loadsAndRendersEveryKindOfProvider() {
        RenderedPolicies policies = Warmup.renderSample();

        assertEquals(List.of("000000000001", "000000000002", "000000000003", "amazon"),
                policies.allowlist().providers().stream().map(Object::toString).sorted().toList());
    }
}

package io.github.amigovernance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DeploymentTest {

    @Test
    void withTargets_repeatedTarget_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Deployment.DEFAULTS
                .withTargets(List.of(TargetId.of("r-ab12"), TargetId.of("r-ab12"))));

        assertTrue(e.getMessage().contains("r-ab12"), e.getMessage());
    }

    @Test
    void metadata_overLongName_throwsWithTheRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PolicyMetadata("n".repeat(129), ""));

        assertTrue(e.getMessage().contains("at most 128"), e.getMessage());
    }

    @Test
    void new_copiesTheTargets() {
        List<TargetId> targets = new ArrayList<>(List.of(TargetId.of("r-ab12")));
        Deployment deployment = Deployment.DEFAULTS.withTargets(targets);

        targets.add(TargetId.of("012345678901"));

        assertEquals(List.of(TargetId.of("r-ab12")), deployment.declarativeTargets());
        assertEquals(List.of(TargetId.of("r-ab12")), deployment.scpTargets());
    }
}

package io.github.amigovernance.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.drift.Capture;
import io.github.amigovernance.core.drift.CaptureReader;
import io.github.amigovernance.core.drift.DriftDetector;
import io.github.amigovernance.core.drift.DriftReport;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Fuzzes drift detection with arbitrary bytes as the {@code describe-policy} output of the
 * deployed SCP, in an otherwise valid capture: it is read and compared, or refused with the typed
 * error, each problem naming a file of the capture; nothing else is thrown.
 */
final class CaptureFuzzTest {

    private static final String FIXTURE = "/io/github/amigovernance/core/drift/";
    private static final String SCP_DESCRIBE = "describe-policy-p-5tn0c6vb.json";
    private static final List<String> OTHER_FILES = List.of("list-policies-DECLARATIVE_POLICY_EC2.json",
            "list-policies-SERVICE_CONTROL_POLICY.json", "describe-policy-p-3hq8z1wd.json",
            "list-targets-for-policy-p-3hq8z1wd.json", "list-targets-for-policy-p-5tn0c6vb.json");

    private static final Path CAPTURE = copyFixture();
    private static final GovernanceConfig CONFIG = config();
    private static final RenderedPolicies RENDERED = new PolicyRenderer().render(CONFIG, LocalDate.of(2026, 12, 3),
            EnforcementMode.ENABLED);

    private static Path copyFixture() {
        try {
            Path folder = Files.createTempDirectory("ami-capture-fuzz");
            folder.toFile().deleteOnExit();
            for (String name : OTHER_FILES) {
                try (InputStream in = CaptureFuzzTest.class.getResourceAsStream(FIXTURE + "captured/" + name)) {
                    Files.copy(in, folder.resolve(name));
                }
                folder.resolve(name).toFile().deleteOnExit();
            }
            folder.resolve(SCP_DESCRIBE).toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GovernanceConfig config() {
        try (InputStream in = CaptureFuzzTest.class.getResourceAsStream(FIXTURE + "config.json")) {
            return new ConfigLoader().parse(in.readAllBytes(), "config.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void anyDescribePolicyOutputIsComparedOrRefusedWithTheTypedError(@NotNull byte[] input) throws IOException {
        Files.write(CAPTURE.resolve(SCP_DESCRIBE), input);

        Capture capture;
        try {
            capture = CaptureReader.read(CAPTURE, CONFIG.deployment());
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty(), "an input error carries its problems");
            for (InputProblem problem : e.problems()) {
                assertTrue(problem.source().startsWith(CAPTURE.toString()), "a problem names its file: " + problem);
                assertFalse(problem.message().isBlank(), "a problem says what is wrong: " + problem);
            }
            return;
        }
        DriftReport report = DriftDetector.detect(CONFIG, RENDERED, capture);

        assertEquals(2, report.policies().size());
    }
}

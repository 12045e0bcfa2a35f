package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * The capture fixture: a config deployed in enabled mode on 2026-12-03 with its own deployment
 * script, then captured with its own capture script, both run with the AWS CLI (version 1.45)
 * against a stand-in for AWS Organizations that already held an unrelated EC2 policy and
 * FullAWSAccess.
 */
final class Fixtures {

    static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    static final String DECLARATIVE_ID = "p-3hq8z1wd";
    static final String SCP_ID = "p-5tn0c6vb";

    private Fixtures() {
    }

    private static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/io/github/amigovernance/core/drift/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static GovernanceConfig config() {
        return new ConfigLoader().load(resource("config.json"));
    }

    static RenderedPolicies rendered(GovernanceConfig config, EnforcementMode mode) {
        return new PolicyRenderer().render(config, AS_OF, mode);
    }

    /** Copies the capture into {@code directory}, where a test may change it. */
    static Path capture(Path directory) {
        Path source = resource("captured");
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(directory);
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return directory;
    }

    /** Replaces text in one file of a capture, failing when the text is not there. */
    static void replace(Path file, String text, String replacement) {
        try {
            String content = Files.readString(file);
            if (!content.contains(text)) {
                throw new IllegalStateException(file + " does not contain " + text);
            }
            Files.writeString(file, content.replace(text, replacement));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

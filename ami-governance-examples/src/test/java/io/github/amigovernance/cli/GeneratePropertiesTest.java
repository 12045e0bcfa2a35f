package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Shrinker;
import io.github.amigovernance.testkit.TempFolders;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.Mode;
import io.github.amigovernance.testkit.config.Scenario;
import io.github.amigovernance.testkit.policy.DeclarativeFacts;
import io.github.amigovernance.testkit.policy.ScpFacts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code generate} writes both policy files, within the limits and meaning the config's allowlist,
 * or exits 1 over a limit and leaves the output folder exactly as it was.
 */
final class GeneratePropertiesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private static final String DECLARATIVE = "declarative-policy-ec2.json";
    private static final String SCP = "scp-ami-guardrail.json";

    private Path root;

    @BeforeEach
    void createRoot() {
        root = TempFolders.create("ami-generate");
    }

    @AfterEach
    void deleteRoot() {
        TempFolders.delete(root);
    }

    @Test
    void generateWritesBothFilesWithinTheLimitsOrLeavesTheFolderAsItWas() {
        Property.named("generateWritesBothFilesWithinTheLimitsOrLeavesTheFolderAsItWas")
                .forAll(runs())
                .shrinkingWith(Run.SHRINKER)
                .describedBy(Run::describe)
                .tries(1000)
                .expectLabel("written", 0.2)
                .expectLabel("over a limit, folder untouched", 0.1)
                .checkAndClassify(run -> {
                    Path out = Files.createTempDirectory(root, "out");
                    Path config = out.resolveSibling(out.getFileName() + ".json");
                    Files.write(config, run.scenario().config().bytes());
                    if (run.previousFiles()) {
                        Files.writeString(out.resolve(DECLARATIVE), "previous declarative policy");
                        Files.writeString(out.resolve(SCP), "previous SCP");
                    }
                    Map<String, String> before = contents(out);
                    boolean overLimit = overLimit(run);

                    StringWriter stdout = new StringWriter();
                    StringWriter stderr = new StringWriter();
                    int code = Cli.with(new PrintWriter(stdout), new PrintWriter(stderr), CLOCK)
                            .run(run.args(config, out));

                    if (overLimit) {
                        assertEquals(ExitCode.FINDINGS, code, "exit code over a limit; stderr: " + stderr);
                        assertEquals(before, contents(out), "the output folder after a run over a limit");
                        assertTrue(stderr.toString().contains("nothing was written"), stderr.toString());
                        return "over a limit, folder untouched";
                    }
                    assertEquals(ExitCode.OK, code, "exit code; stderr: " + stderr);
                    assertEquals(List.of(DECLARATIVE, SCP), List.copyOf(contents(out).keySet()),
                            "the output folder holds the two files and nothing else");
                    String declarative = Files.readString(out.resolve(DECLARATIVE), StandardCharsets.UTF_8);
                    String scp = Files.readString(out.resolve(SCP), StandardCharsets.UTF_8);
                    assertTrue(declarative.codePoints().count() <= PolicyLimits.DECLARATIVE_MAX_CHARACTERS);
                    assertTrue(scp.codePoints().count() <= run.scpLimit());
                    assertEquals(List.copyOf(run.scenario().expected().declarativeProviders()),
                            DeclarativeFacts.read(declarative).providers(), "providers written");
                    assertEquals(run.scenario().mode() == Mode.ENABLED
                            ? Optional.of(List.copyOf(run.scenario().expected().scpOwners())) : Optional.empty(),
                            ScpFacts.read(scp).ownerAllowlist(), "owners written");
                    return "written";
                });
    }

    /** Measures the would-be files with the size limits lifted, to know independently whether a limit breaks. */
    private static boolean overLimit(Run run) {
        PolicyLimits roomy = new PolicyLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
                PolicyLimits.DEFAULTS.providersPerCriterion(), PolicyLimits.DEFAULTS.maxCriteria());
        RenderedPolicies policies = new PolicyRenderer(roomy, run.pretty() ? OutputStyle.PRETTY : OutputStyle.COMPACT)
                .render(new ConfigLoader().parse(run.scenario().config().bytes(), "config.json"), run.scenario().asOf(),
                        EnforcementMode.fromPolicyValue(run.scenario().mode().value()).orElseThrow());
        return policies.declarative().content().codePoints().count() > PolicyLimits.DECLARATIVE_MAX_CHARACTERS
                || policies.scp().content().codePoints().count() > run.scpLimit();
    }

    /** Every file in a folder (temporary files included) with its content, by name. */
    private static Map<String, String> contents(Path folder) throws Exception {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                contents.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return contents;
    }

    private static Generator<Run> runs() {
        Generator<Integer> scpLimits = Generator.weighted(
                Generator.Weighted.of(30, Generator.constant(PolicyLimits.SCP_MAX_CHARACTERS)),
                Generator.Weighted.of(35, Generator.constant(PolicyLimits.LEGACY_SCP_MAX_CHARACTERS)),
                Generator.Weighted.of(35, Generator.between(1_500, 8_000)));
        return source -> new Run(ConfigGenerators.scenarios().next(source), scpLimits.next(source),
                source.percent(20), source.percent(50));
    }

    /** One command line: a scenario, the SCP limit, the layout, and whether the folder already has files. */
    private record Run(Scenario scenario, int scpLimit, boolean pretty, boolean previousFiles) {

        static final Shrinker<Run> SHRINKER = r -> Scenario.SHRINKER.candidates(r.scenario())
                .map(s -> new Run(s, r.scpLimit(), r.pretty(), r.previousFiles()));

        String[] args(Path config, Path out) {
            List<String> args = new ArrayList<>(List.of("generate", "--config", config.toString(), "--mode",
                    scenario.mode().value(), "--out", out.toString(), "--as-of", scenario.asOf().toString(),
                    "--scp-limit", String.valueOf(scpLimit)));
            if (pretty) {
                args.add("--pretty");
            }
            return args.toArray(String[]::new);
        }

        String describe() {
            return "generate --scp-limit " + scpLimit + (pretty ? " --pretty" : "")
                    + (previousFiles ? " into a folder with previous files" : " into an empty folder") + ", "
                    + scenario.describe();
        }
    }
}

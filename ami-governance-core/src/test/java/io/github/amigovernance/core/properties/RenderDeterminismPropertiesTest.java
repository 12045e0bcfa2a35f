package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.io.AtomicFiles;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Shrinker;
import io.github.amigovernance.testkit.TempFolders;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.ExpectedAllowlist;
import io.github.amigovernance.testkit.config.Mode;
import io.github.amigovernance.testkit.config.Scenario;
import io.github.amigovernance.testkit.json.Json;
import io.github.amigovernance.testkit.policy.DeclarativeFacts;
import io.github.amigovernance.testkit.policy.Ec2Vocabulary;
import io.github.amigovernance.testkit.policy.ScpFacts;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Same input, same bytes; order and layout of the config do not matter; written files mean what was rendered. */
final class RenderDeterminismPropertiesTest {

    private Path folder;

    @BeforeEach
    void createFolder() {
        folder = TempFolders.create("ami-round-trip");
    }

    @AfterEach
    void deleteFolder() {
        TempFolders.delete(folder);
    }

    @Test
    void theSameInputAlwaysRendersTheSameBytes() {
        Property.named("theSameInputAlwaysRendersTheSameBytes")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .check(scenario -> {
                    RenderedPolicies first = Rendering.render(scenario);
                    GovernanceConfig config = Rendering.load(scenario.config());
                    RenderedPolicies viaAllowlist = new PolicyRenderer(Rendering.ROOMY, OutputStyle.COMPACT).render(
                            Allowlist.of(config, scenario.asOf()), config.exceptionMessage(),
                            Rendering.mode(scenario.mode()));
                    RenderedPolicies pretty = Rendering.render(scenario, Rendering.ROOMY, OutputStyle.PRETTY);

                    for (int i = 0; i < 2; i++) {
                        PolicyDocument document = first.documents().get(i);
                        assertArrayEquals(document.bytes(), viaAllowlist.documents().get(i).bytes(),
                                document.kind().label() + " from a second load, rendered from its allowlist");
                        assertTrue(Json.isCompact(document.content()), document.kind().label() + " is compact");
                        String prettyText = pretty.documents().get(i).content();
                        assertTrue(prettyText.endsWith("}\n"), "a pretty file ends with a line break");
                        assertEquals(Json.parse(document.content()), Json.parse(prettyText),
                                document.kind().label() + ": pretty and compact hold the same policy");
                    }
                });
    }

    @Test
    void reorderingConfigEntriesChangesNoByte() {
        Property.named("reorderingConfigEntriesChangesNoByte")
                .forAll(reorderings())
                .shrinkingWith(Reordering.SHRINKER)
                .describedBy(Reordering::describe)
                .tries(1000)
                .check(reordering -> {
                    RenderedPolicies original = Rendering.render(reordering.scenario());
                    RenderedPolicies reordered = Rendering.render(reordering.reordered());

                    assertEquals(original.declarative().content(), reordered.declarative().content(),
                            "declarative policy");
                    assertEquals(original.scp().content(), reordered.scp().content(), "SCP");
                });
    }

    @Test
    void writtenFilesReadBackToTheSameAllowlist() {
        Property.named("writtenFilesReadBackToTheSameAllowlist")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .check(scenario -> {
                    RenderedPolicies policies = Rendering.render(scenario, Rendering.ROOMY,
                            scenario.asOf().getDayOfMonth() % 2 == 0 ? OutputStyle.COMPACT : OutputStyle.PRETTY);
                    Map<String, byte[]> files = new LinkedHashMap<>();
                    for (PolicyDocument document : policies.documents()) {
                        files.put(document.kind().fileName(), document.bytes());
                    }
                    AtomicFiles.writeAll(folder, files);
                    DeclarativeFacts declarative = DeclarativeFacts.read(readUtf8(
                            folder.resolve(policies.declarative().kind().fileName())));
                    ScpFacts scp = ScpFacts.read(readUtf8(folder.resolve(policies.scp().kind().fileName())));
                    ExpectedAllowlist expected = scenario.expected();
                    Optional<String> message = scenario.config().exceptionMessage();

                    assertEquals(scenario.mode().value(), declarative.allowedImagesState(), "mode");
                    assertEquals("block_new_sharing", declarative.imageBlockPublicAccess(),
                            "image block public access");
                    assertEquals(message, declarative.exceptionMessage(), "exception message");
                    assertEquals(List.copyOf(expected.declarativeProviders()), declarative.providers(), "providers");
                    assertEquals(scenario.mode() == Mode.ENABLED ? Optional.of(List.copyOf(expected.scpOwners()))
                            : Optional.empty(), scp.ownerAllowlist(), "SCP owners");
                    assertEquals(List.copyOf(expected.internalPublishers()),
                            scp.exemptionsFor(Ec2Vocabulary.CREATE_ACTIONS.get(0)), "SCP publishers");
                    assertEquals(List.copyOf(expected.declarativeProviders()),
                            policies.allowlist().declarativeProviders(), "the allowlist the renderer reports");
                });
    }

    private static String readUtf8(Path file) throws Exception {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    }

    private static Generator<Reordering> reorderings() {
        return source -> new Reordering(ConfigGenerators.scenarios().next(source),
                source.between(Long.MIN_VALUE, Long.MAX_VALUE));
    }

    /** A scenario and the seed of a reordering of its config. */
    private record Reordering(Scenario scenario, long seed) {

        static final Shrinker<Reordering> SHRINKER = s -> Scenario.SHRINKER.candidates(s.scenario())
                .map(smaller -> new Reordering(smaller, s.seed()));

        Scenario reordered() {
            return scenario.withConfig(scenario.config().reordered(seed));
        }

        String describe() {
            return "original " + scenario.describe() + "\nreordered config:\n" + reordered().config().text();
        }
    }
}

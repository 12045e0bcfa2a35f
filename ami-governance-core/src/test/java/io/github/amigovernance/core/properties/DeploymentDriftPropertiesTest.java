package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.deploy.DeploymentFormat;
import io.github.amigovernance.core.deploy.DeploymentRenderer;
import io.github.amigovernance.core.drift.CaptureReader;
import io.github.amigovernance.core.drift.DriftDetector;
import io.github.amigovernance.core.drift.DriftReport;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.testing.AwsCliOutput;
import io.github.amigovernance.core.testing.AwsCliOutput.Policy;
import io.github.amigovernance.core.testing.AwsCliOutput.Target;
import io.github.amigovernance.core.testing.FakeAws;
import io.github.amigovernance.core.testing.JsonTrees;
import io.github.amigovernance.core.testing.TerraformStrings;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Shrinker;
import io.github.amigovernance.testkit.Source;
import io.github.amigovernance.testkit.TempFolders;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the deployment files deploy, captured as the AWS CLI prints it, is in sync; and any one
 * change to what is deployed is drift.
 *
 * <p>Each deployment file is "applied" the way its tool would: CloudFormation sends each
 * {@code Content} object as compact JSON, Terraform turns {@code $${} and {@code %%{} back into
 * {@code ${} and {@code %{}, and the AWS CLI script runs for real against a fake {@code aws}. The
 * expectation comes from the test alone: nothing changed means no finding; one change means the
 * finding for that change.
 */
final class DeploymentDriftPropertiesTest {

    private static final List<String> AWKWARD_NAMES = List.of("ami-governance-scp", "AMI allowlist (prod)",
            "-leading-dash", "it's \"quoted\" $HOME `x` ${y} %{z} \\", "Ünïcödé 画像 🚫", "n".repeat(128));

    private Path folder;

    @BeforeEach
    void createFolder() {
        folder = TempFolders.create("ami-drift");
    }

    @AfterEach
    void deleteFolder() {
        TempFolders.delete(folder);
    }

    /**
     * A scenario with how its policies are deployed.
     *
     * @param scenario the config, day and mode
     * @param targets where both policies go
     * @param scpTargets where the SCP goes instead, when it has targets of its own
     * @param names the declarative policy's and the SCP's names
     * @param descriptions their descriptions
     * @param pretty whether the policies are rendered indented
     */
    record DeploymentCase(Scenario scenario, List<String> targets, Optional<List<String>> scpTargets,
            List<String> names, List<String> descriptions, boolean pretty) {

        static final Shrinker<DeploymentCase> SHRINKER = c -> Stream.concat(
                Scenario.SHRINKER.candidates(c.scenario()).map(c::withScenario),
                Shrinker.<String>dropElements().candidates(c.targets()).map(c::withTargets));

        DeploymentCase withScenario(Scenario newScenario) {
            return new DeploymentCase(newScenario, targets, scpTargets, names, descriptions, pretty);
        }

        DeploymentCase withTargets(List<String> newTargets) {
            return new DeploymentCase(scenario, newTargets, scpTargets, names, descriptions, pretty);
        }

        GovernanceConfig config() {
            List<TargetId> shared = targets.stream().map(TargetId::of).toList();
            List<TargetId> scp = scpTargets.map(t -> t.stream().map(TargetId::of).toList()).orElse(shared);
            return Rendering.load(scenario.config()).toBuilder().deployment(new Deployment(
                    new PolicyMetadata(names.get(0), descriptions.get(0)), shared,
                    new PolicyMetadata(names.get(1), descriptions.get(1)), scp)).build();
        }

        RenderedPolicies render(GovernanceConfig config) {
            return new PolicyRenderer(Rendering.ROOMY, pretty ? OutputStyle.PRETTY : OutputStyle.COMPACT)
                    .render(config, scenario.asOf(), Rendering.mode(scenario.mode()));
        }

        String describe() {
            return scenario.describe() + "\ntargets " + targets + ", SCP targets " + scpTargets.map(Object::toString)
                    .orElse("the same") + ", names " + names + ", descriptions " + descriptions + ", "
                    + (pretty ? "pretty" : "compact");
        }
    }

    /** Returns a name AWS accepts, made from any text: one line, 1 to 128 characters, no white space at the ends. */
    private static String asName(String text) {
        String line = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        String trimmed = line.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        String cut = length <= 128 ? trimmed : trimmed.substring(0, trimmed.offsetByCodePoints(0, 128)).strip();
        return cut.isEmpty() ? "p" : cut;
    }

    private static String asDescription(String text) {
        String line = text.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return line.codePointCount(0, line.length()) <= 512 ? line : line.substring(0, line.offsetByCodePoints(0, 512));
    }

    private static Generator<String> targetIds() {
        return Generator.weighted(
                Generator.Weighted.of(1, Generator.between(1000, 9999).map(n -> "r-" + n)),
                Generator.Weighted.of(3, Generator.between(10_000_000, 99_999_999).map(n -> "ou-ab12-" + n)),
                Generator.Weighted.of(2, ConfigGenerators.accountIds()));
    }

    private static Generator<String> names() {
        return Generator.weighted(Generator.Weighted.of(1, Generator.oneOf(AWKWARD_NAMES)),
                Generator.Weighted.of(2, ConfigGenerators.text(1, 140).map(DeploymentDriftPropertiesTest::asName)));
    }

    private static Generator<DeploymentCase> cases() {
        Generator<List<String>> targets = Generator.listOf(targetIds(), Generator.between(0, 6))
                .map(list -> List.copyOf(new LinkedHashSet<>(list)));
        Generator<String> description = Generator.weighted(Generator.Weighted.of(1, Generator.constant("")),
                Generator.Weighted.of(3, ConfigGenerators.text(1, 600)
                        .map(DeploymentDriftPropertiesTest::asDescription)));
        return ConfigGenerators.scenarios().flatMap(scenario -> source -> new DeploymentCase(scenario,
                targets.next(source), Generator.optional(targets, 20).next(source),
                List.of(names().next(source), names().next(source)),
                List.of(description.next(source), description.next(source)), source.percent(50)));
    }

    private static Map<DeploymentFormat, String> files(RenderedPolicies policies, GovernanceConfig config) {
        Map<DeploymentFormat, String> files = new LinkedHashMap<>();
        DeploymentRenderer.render(policies, config.deployment(), EnumSet.allOf(DeploymentFormat.class))
                .forEach(f -> files.put(f.format(), f.content()));
        return files;
    }

    private static Policy fullAwsAccess() {
        return new Policy("p-FullAWSAccess", PolicyKind.SERVICE_CONTROL_POLICY, "FullAWSAccess",
                "Allows access to every operation", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"*\",\"Resource\":\"*\"}]}", List.of(Target.of("r-zz99")), true);
    }

    /** What CloudFormation creates from the template: each policy, its Content sent as compact JSON. */
    static List<Policy> deployedByCloudFormation(String template) {
        List<Policy> policies = new ArrayList<>();
        JsonObject resources = (JsonObject) JsonTrees.at(JsonTrees.parse(template), "Resources");
        for (Member resource : resources.members()) {
            JsonObject properties = (JsonObject) JsonTrees.at(resource.value(), "Properties");
            List<Target> targets = new ArrayList<>();
            properties.member("TargetIds").ifPresent(ids -> ((JsonArray) ids.value()).elements()
                    .forEach(id -> targets.add(Target.of(((JsonString) id).value()))));
            policies.add(Policy.of("p-cfn0000" + policies.size(),
                    PolicyKind.valueOf(JsonTrees.text(properties, "Type")),
                    JsonTrees.text(properties, "Name"), JsonTrees.text(properties, "Description"),
                    JsonTrees.compact(JsonTrees.at(properties, "Content")), targets));
        }
        return policies;
    }

    /** What Terraform creates from the configuration: each policy, then each attachment. */
    static List<Policy> deployedByTerraform(String configuration) {
        JsonValue resource = JsonTrees.at(JsonTrees.parse(configuration), "resource");
        Map<String, Policy> byReference = new LinkedHashMap<>();
        for (Member policy : ((JsonObject) JsonTrees.at(resource, "aws_organizations_policy")).members()) {
            byReference.put("${aws_organizations_policy." + policy.name() + ".id}", Policy.of(
                    "p-tf00000" + byReference.size(), PolicyKind.valueOf(JsonTrees.text(policy.value(), "type")),
                    template(JsonTrees.text(policy.value(), "name")),
                    template(JsonTrees.text(policy.value(), "description")),
                    template(JsonTrees.text(policy.value(), "content")), List.of()));
        }
        ((JsonObject) resource).member("aws_organizations_policy_attachment").ifPresent(attachments -> {
            for (Member attachment : ((JsonObject) attachments.value()).members()) {
                String reference = JsonTrees.text(attachment.value(), "policy_id");
                Policy policy = byReference.get(reference);
                List<Target> targets = new ArrayList<>(policy.targets());
                targets.add(Target.of(JsonTrees.text(attachment.value(), "target_id")));
                byReference.put(reference, policy.withTargets(targets));
            }
        });
        return new ArrayList<>(byReference.values());
    }

    private static String template(String value) {
        return TerraformStrings.literal(value);
    }

    private DriftReport compare(GovernanceConfig config, RenderedPolicies policies, List<Policy> deployed) {
        List<Policy> organization = new ArrayList<>(deployed);
        organization.add(fullAwsAccess());
        try {
            Path capture = Files.createTempDirectory(folder, "capture");
            AwsCliOutput.write(capture, organization, List.of(config.deployment().declarative().name(),
                    config.deployment().scp().name()));
            return DriftDetector.detect(config, policies, CaptureReader.read(capture, config.deployment()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void whatTheCloudFormationTemplateDeploysIsInSync() {
        Property.named("whatTheCloudFormationTemplateDeploysIsInSync")
                .forAll(cases())
                .shrinkingWith(DeploymentCase.SHRINKER)
                .describedBy(DeploymentCase::describe)
                .tries(200)
                .check(c -> {
                    GovernanceConfig config = c.config();
                    RenderedPolicies policies = c.render(config);

                    DriftReport report = compare(config, policies, deployedByCloudFormation(files(policies, config)
                            .get(DeploymentFormat.CLOUDFORMATION)));

                    for (Finding finding : report.findings()) {
                        assertEquals("CONTENT_REFORMATTED", finding.code(), finding::toString);
                        assertEquals(Severity.INFO, finding.severity());
                        assertTrue(c.pretty(), "compact text is deployed as it is: " + finding);
                    }
                });
    }

    @Test
    void whatTheTerraformConfigurationDeploysIsInSync() {
        Property.named("whatTheTerraformConfigurationDeploysIsInSync")
                .forAll(cases())
                .shrinkingWith(DeploymentCase.SHRINKER)
                .describedBy(DeploymentCase::describe)
                .tries(200)
                .check(c -> {
                    GovernanceConfig config = c.config();
                    RenderedPolicies policies = c.render(config);

                    DriftReport report = compare(config, policies, deployedByTerraform(files(policies, config)
                            .get(DeploymentFormat.TERRAFORM)));

                    assertEquals(List.of(), report.findings());
                });
    }

    /** One change to what is deployed, and the finding code it must produce. */
    private record Change(String code, List<Policy> deployed) {
    }

    private static Change change(DeploymentCase c, RenderedPolicies policies, List<Policy> deployed, int kind,
            int which) {
        Policy target = deployed.get(which);
        List<Policy> changed = new ArrayList<>(deployed);
        if (kind == 0 && !target.targets().isEmpty()) {
            changed.set(which, target.withTargets(target.targets().subList(1, target.targets().size())));
            return new Change("ATTACHMENT_MISSING", changed);
        }
        if (kind <= 1) {
            List<Target> more = new ArrayList<>(target.targets());
            more.add(Target.of("ou-zzzz-zzzzzzzz"));
            changed.set(which, target.withTargets(more));
            return new Change("ATTACHMENT_EXTRA", changed);
        }
        if (kind == 2) {
            Policy declarative = deployed.get(0);
            changed.set(0, declarative.withContent(declarative.content()
                    .replaceFirst("\"@@assign\":\\[", "\"@@assign\":[\"000000000001\",")));
            return new Change("ACCOUNT_ADDED", changed);
        }
        if (kind == 3) {
            Policy scp = deployed.get(1);
            String statement = ",{\"Sid\":\"DenyDisablingImageBlockPublicAccess\",\"Effect\":\"Deny\","
                    + "\"Action\":[\"ec2:DisableImageBlockPublicAccess\"],\"Resource\":\"*\"}";
            assertTrue(scp.content().contains(statement), scp::content);
            changed.set(1, scp.withContent(scp.content().replace(statement, "")));
            return new Change("STATEMENT_REMOVED", changed);
        }
        if (kind == 4) {
            EnforcementMode other = policies.mode() == EnforcementMode.ENABLED
                    ? EnforcementMode.AUDIT_MODE : EnforcementMode.ENABLED;
            RenderedPolicies otherMode = new PolicyRenderer(Rendering.ROOMY, OutputStyle.COMPACT)
                    .render(c.config(), c.scenario().asOf(), other);
            changed.set(which, target.withContent(which == 0 ? otherMode.declarative().content()
                    : otherMode.scp().content()));
            return new Change("MODE_CHANGED", changed);
        }
        changed.set(which, target.withName(target.name() + " (old)"));
        return new Change("POLICY_MISSING", changed);
    }

    @Test
    void anyOneChangeToTheDeployedPoliciesIsDrift() {
        Generator<Map.Entry<DeploymentCase, int[]>> changes = cases().flatMap(c -> source -> Map.entry(c,
                new int[] {source.between(0, 5), source.between(0, 1)}));
        Property.named("anyOneChangeToTheDeployedPoliciesIsDrift")
                .forAll(changes)
                .shrinkingWith(e -> DeploymentCase.SHRINKER.candidates(e.getKey()).map(c -> Map.entry(c, e.getValue())))
                .describedBy(e -> "change " + e.getValue()[0] + " to policy " + e.getValue()[1] + " of\n"
                        + e.getKey().describe())
                .tries(300)
                .expectLabel("ATTACHMENT_MISSING", 0.05)
                .expectLabel("ATTACHMENT_EXTRA", 0.05)
                .expectLabel("ACCOUNT_ADDED", 0.05)
                .expectLabel("STATEMENT_REMOVED", 0.05)
                .expectLabel("MODE_CHANGED", 0.05)
                .expectLabel("POLICY_MISSING", 0.05)
                .checkAndClassify(e -> {
                    DeploymentCase c = e.getKey();
                    GovernanceConfig config = c.config();
                    RenderedPolicies policies = c.render(config);
                    List<Policy> deployed = deployedByCloudFormation(files(policies, config)
                            .get(DeploymentFormat.CLOUDFORMATION));
                    Change change = change(c, policies, deployed, e.getValue()[0], e.getValue()[1]);

                    DriftReport report = compare(config, policies, change.deployed());

                    assertTrue(!report.inSync() && report.findings().stream()
                            .anyMatch(f -> f.isError() && f.code().equals(change.code())),
                            () -> "expected " + change.code() + ", found " + report.findings());
                    return change.code();
                });
    }

    /**
     * Runs the generated scripts for a few generated cases: the deployment script twice against a
     * fake {@code aws}, then the capture script. Not a {@link Property}, because each case runs
     * bash a few dozen times and {@code -Dami.tries} would multiply that.
     */
    @Test
    void whatTheCliScriptDeploysAndCapturesIsInSync() throws Exception {
        for (long seed = Property.DEFAULT_SEED; seed < Property.DEFAULT_SEED + 4; seed++) {
            DeploymentCase c = cases().next(Source.seeded(seed));
            GovernanceConfig config = c.config();
            RenderedPolicies policies = c.render(config);
            Map<DeploymentFormat, String> files = files(policies, config);
            Path work = Files.createTempDirectory(folder, "cli");
            FakeAws aws = FakeAws.install(work.resolve("aws"));
            aws.enable("SERVICE_CONTROL_POLICY");
            aws.addPolicy("p-FullAWSAccess", "SERVICE_CONTROL_POLICY", "FullAWSAccess", "", "{}", List.of("r-a1b2"));
            Path deploy = Files.writeString(work.resolve("deploy.sh"), files.get(DeploymentFormat.CLI));
            Path capture = Files.writeString(work.resolve("capture.sh"), files.get(DeploymentFormat.CAPTURE));

            FakeAws.Result first = aws.run(deploy, Map.of());
            FakeAws.Result second = aws.run(deploy, Map.of());
            FakeAws.Result captured = aws.run(capture, Map.of(), work.resolve("captured").toString());

            String context = "seed " + seed + ", " + c.describe() + "\n" + first + second + captured;
            assertEquals(0, first.exitCode(), context);
            assertEquals(0, second.exitCode(), context);
            assertEquals(0, captured.exitCode(), context);
            DriftReport report = DriftDetector.detect(config, policies,
                    CaptureReader.read(work.resolve("captured"), config.deployment()));
            assertEquals(List.of(), report.findings(), context);
        }
    }
}

package io.github.amigovernance.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.drift.CaptureReader;
import io.github.amigovernance.core.drift.DriftDetector;
import io.github.amigovernance.core.drift.DriftReport;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.policy.ScpStatements;
import io.github.amigovernance.core.testing.AwsCliOutput;
import io.github.amigovernance.core.testing.AwsCliOutput.Policy;
import io.github.amigovernance.core.testing.AwsCliOutput.Target;
import io.github.amigovernance.core.testing.FakeAws;
import io.github.amigovernance.core.testing.JsonTrees;
import io.github.amigovernance.core.testing.RandomConfigs;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders random configs, deploys each deployment file the way its tool would, captures the
 * result as the AWS CLI prints it, and compares: what the library deploys, it must find in sync;
 * and any one change to what is deployed, it must report. Each trial's seed is in its failure
 * message, so that a failure can be replayed.
 */
final class DeploymentRoundTripTest {

    private static final long SEED = 20261203L;
    private static final int TRIALS = 60;
    private static final int SCRIPT_TRIALS = 6;

    @TempDir
    Path dir;

    /** One trial: a config, how it was rendered, and the files rendered from it. */
    private record Trial(long seed, GovernanceConfig config, RenderedPolicies policies, OutputStyle style,
            Map<DeploymentFormat, String> files) {

        static Trial of(long seed) {
            Random random = new Random(seed);
            GovernanceConfig config = RandomConfigs.config(random);
            EnforcementMode mode = random.nextBoolean() ? EnforcementMode.ENABLED : EnforcementMode.AUDIT_MODE;
            OutputStyle style = random.nextBoolean() ? OutputStyle.PRETTY : OutputStyle.COMPACT;
            RenderedPolicies policies = new PolicyRenderer(PolicyLimits.DEFAULTS, style)
                    .render(config, RandomConfigs.AS_OF, mode);
            Map<DeploymentFormat, String> files = new LinkedHashMap<>();
            DeploymentRenderer.render(policies, config.deployment(), EnumSet.allOf(DeploymentFormat.class))
                    .forEach(f -> files.put(f.format(), f.content()));
            return new Trial(seed, config, policies, style, files);
        }

        List<String> names() {
            return List.of(config.deployment().declarative().name(), config.deployment().scp().name());
        }
    }

    private static Policy fullAwsAccess() {
        return new Policy("p-FullAWSAccess", PolicyKind.SERVICE_CONTROL_POLICY, "FullAWSAccess",
                "Allows access to every operation", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"*\",\"Resource\":\"*\"}]}", List.of(Target.of("r-zz99")), true);
    }

    /** What CloudFormation creates from the template: each policy, its Content sent as compact JSON. */
    private static List<Policy> deployedByCloudFormation(String template) {
        List<Policy> policies = new ArrayList<>();
        JsonObject resources = (JsonObject) JsonTrees.at(JsonTrees.parse(template), "Resources");
        for (Member resource : resources.members()) {
            JsonObject properties = (JsonObject) JsonTrees.at(resource.value(), "Properties");
            List<Target> targets = new ArrayList<>();
            properties.member("TargetIds").ifPresent(ids -> ((JsonArray) ids.value()).elements()
                    .forEach(id -> targets.add(Target.of(((JsonString) id).value()))));
            policies.add(Policy.of("p-cfn" + String.format("%05d", policies.size()),
                    PolicyKind.valueOf(JsonTrees.text(properties, "Type")), JsonTrees.text(properties, "Name"),
                    JsonTrees.text(properties, "Description"), JsonTrees.compact(JsonTrees.at(properties, "Content")),
                    targets));
        }
        return policies;
    }

    /** What Terraform creates from the configuration: each policy, then each attachment. */
    private static List<Policy> deployedByTerraform(String configuration) {
        JsonValue resource = JsonTrees.at(JsonTrees.parse(configuration), "resource");
        Map<String, Policy> byReference = new LinkedHashMap<>();
        for (Member policy : ((JsonObject) JsonTrees.at(resource, "aws_organizations_policy")).members()) {
            byReference.put("${aws_organizations_policy." + policy.name() + ".id}", Policy.of(
                    "p-tf" + String.format("%06d", byReference.size()),
                    PolicyKind.valueOf(JsonTrees.text(policy.value(), "type")),
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

    /** What Terraform makes of a JSON string: {@code $${} and {@code %%{} stand for {@code ${} and {@code %{}. */
    private static String template(String literal) {
        return literal.replace("$${", "${").replace("%%{", "%{");
    }

    private DriftReport compare(Trial trial, List<Policy> deployed, String name) throws IOException {
        List<Policy> organization = new ArrayList<>(deployed);
        organization.add(fullAwsAccess());
        Path capture = dir.resolve(name + "-" + trial.seed());
        AwsCliOutput.write(capture, organization, trial.names());
        return DriftDetector.detect(trial.config(), trial.policies(),
                CaptureReader.read(capture, trial.config().deployment()));
    }

    private static void assertNothingToSay(Trial trial, DriftReport report) {
        assertTrue(report.findings().isEmpty(), "seed " + trial.seed() + ": " + report.findings());
    }

    @Test
    void cloudFormation_deployedThenCaptured_isInSync() throws IOException {
        for (int i = 0; i < TRIALS; i++) {
            Trial trial = Trial.of(SEED + i);

            DriftReport report = compare(trial, deployedByCloudFormation(trial.files()
                    .get(DeploymentFormat.CLOUDFORMATION)), "cfn");

            assertTrue(report.inSync(), "seed " + trial.seed() + ": " + report.findings());
            for (Finding finding : report.findings()) {
                assertEquals("CONTENT_REFORMATTED", finding.code(), "seed " + trial.seed() + ": " + finding);
                assertEquals(Severity.INFO, finding.severity());
            }
            if (trial.style() == OutputStyle.COMPACT) {
                assertNothingToSay(trial, report);
            }
        }
    }

    @Test
    void terraform_deployedThenCaptured_isInSync() throws IOException {
        for (int i = 0; i < TRIALS; i++) {
            Trial trial = Trial.of(SEED + i);

            DriftReport report = compare(trial, deployedByTerraform(trial.files().get(DeploymentFormat.TERRAFORM)),
                    "tf");

            assertNothingToSay(trial, report);
        }
    }

    @Test
    void cliScripts_deployedThenCapturedByTheirOwnScripts_areInSync() throws Exception {
        for (int i = 0; i < SCRIPT_TRIALS; i++) {
            Trial trial = Trial.of(SEED + i);
            Path work = Files.createDirectories(dir.resolve("cli-" + trial.seed()));
            FakeAws aws = FakeAws.install(work.resolve("aws"));
            aws.enable("SERVICE_CONTROL_POLICY");
            aws.addPolicy("p-FullAWSAccess", "SERVICE_CONTROL_POLICY", "FullAWSAccess", "", "{}", List.of("r-a1b2"));
            Path deploy = Files.writeString(work.resolve("deploy.sh"), trial.files().get(DeploymentFormat.CLI));
            Path capture = Files.writeString(work.resolve("capture.sh"), trial.files().get(DeploymentFormat.CAPTURE));

            FakeAws.Result deployed = aws.run(deploy, Map.of());
            FakeAws.Result redeployed = aws.run(deploy, Map.of());
            FakeAws.Result captured = aws.run(capture, Map.of(), work.resolve("captured").toString());

            String context = "seed " + trial.seed() + ":\n" + deployed + redeployed + captured;
            assertEquals(0, deployed.exitCode(), context);
            assertEquals(0, redeployed.exitCode(), context);
            assertEquals(0, captured.exitCode(), context);
            DriftReport report = DriftDetector.detect(trial.config(), trial.policies(),
                    CaptureReader.read(work.resolve("captured"), trial.config().deployment()));
            assertNothingToSay(trial, report);
        }
    }

    /** One change to what is deployed, and the finding code it must produce. */
    private record Change(String code, List<Policy> deployed) {
    }

    private static Change change(Trial trial, List<Policy> deployed, Random random) {
        int policy = random.nextInt(2);
        Policy target = deployed.get(policy);
        List<Policy> changed = new ArrayList<>(deployed);
        int kind = random.nextInt(6);
        if (kind == 0 && !target.targets().isEmpty()) {
            List<Target> fewer = new ArrayList<>(target.targets());
            fewer.remove(random.nextInt(fewer.size()));
            changed.set(policy, target.withTargets(fewer));
            return new Change("ATTACHMENT_MISSING", changed);
        }
        if (kind <= 1) {
            List<Target> more = new ArrayList<>(target.targets());
            more.add(Target.of("ou-zzzz-zzzzzzzz"));
            changed.set(policy, target.withTargets(more));
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
            String statement = ",{\"Sid\":\"" + ScpStatements.BLOCK_PUBLIC_ACCESS_SID + "\",\"Effect\":\"Deny\","
                    + "\"Action\":[\"ec2:DisableImageBlockPublicAccess\"],\"Resource\":\"*\"}";
            assertTrue(scp.content().contains(statement), "seed " + trial.seed() + ": " + scp.content());
            changed.set(1, scp.withContent(scp.content().replace(statement, "")));
            return new Change("STATEMENT_REMOVED", changed);
        }
        if (kind == 4) {
            EnforcementMode other = trial.policies().mode() == EnforcementMode.ENABLED
                    ? EnforcementMode.AUDIT_MODE : EnforcementMode.ENABLED;
            RenderedPolicies otherMode = new PolicyRenderer().render(trial.config(), RandomConfigs.AS_OF, other);
            changed.set(policy, target.withContent(policy == 0 ? otherMode.declarative().content()
                    : otherMode.scp().content()));
            return new Change("MODE_CHANGED", changed);
        }
        changed.set(policy, target.withName(target.name() + " (old)"));
        return new Change("POLICY_MISSING", changed);
    }

    @Test
    void anyOneChangeToTheDeployedPolicies_isReportedAsDrift() throws IOException {
        Random random = new Random(SEED);
        Set<String> tried = new TreeSet<>();
        for (int i = 0; i < TRIALS; i++) {
            Trial trial = Trial.of(SEED + i);
            List<Policy> deployed = deployedByCloudFormation(trial.files().get(DeploymentFormat.CLOUDFORMATION));
            Change change = change(trial, deployed, random);

            DriftReport report = compare(trial, change.deployed(), "changed");

            assertTrue(!report.inSync() && report.findings().stream().anyMatch(f -> f.code().equals(change.code())
                    && f.isError()), "seed " + trial.seed() + ", expected " + change.code() + ": " + report.findings());
            tried.add(change.code());
        }
        assertEquals(Set.of("ATTACHMENT_MISSING", "ATTACHMENT_EXTRA", "ACCOUNT_ADDED", "STATEMENT_REMOVED",
                "MODE_CHANGED", "POLICY_MISSING"), tried, "every kind of change was tried");
    }
}

package io.github.amigovernance.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.testing.FakeAws;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the generated deployment script against a fake AWS CLI that records its calls. */
final class DeployScriptTest {

    private static final String DECLARATIVE = "DECLARATIVE_POLICY_EC2";
    private static final String SCP = "SERVICE_CONTROL_POLICY";
    private static final String MESSAGE = "It's \"blocked\": ${wiki} `id` $(id) \\ Ünïcödé";

    @TempDir
    Path dir;

    private FakeAws aws;
    private RenderedPolicies policies;
    private Path script;

    @BeforeEach
    void setUp() throws IOException {
        aws = FakeAws.install(dir.resolve("aws"));
        GovernanceConfig config = GovernanceConfig.builder(OpsPublisher.of(AccountId.of("123456738923")))
                .exceptionMessage(Optional.of(MESSAGE))
                .deployment(Deployment.of(List.of(TargetId.of("ou-ab12-cd34ef56"), TargetId.of("012345678901")),
                        new PolicyMetadata("-allowed 'amis' $HOME", "Allowed AMIs"),
                        new PolicyMetadata("ami-guardrail", "")))
                .build();
        policies = new PolicyRenderer(PolicyLimits.DEFAULTS, OutputStyle.PRETTY)
                .render(config, LocalDate.of(2026, 12, 3), EnforcementMode.ENABLED);
        script = write(config.deployment());
    }

    private Path write(Deployment deployment) throws IOException {
        DeploymentFile file = DeploymentRenderer.render(policies, deployment, Set.of(DeploymentFormat.CLI)).get(0);
        return Files.writeString(Files.createDirectories(dir.resolve("dist")).resolve(file.fileName()), file.content());
    }

    private FakeAws.Result run() throws IOException, InterruptedException {
        return aws.run(script, Map.of());
    }

    /** Returns each call as its subcommand and the one argument that identifies it. */
    private List<String> summary() throws IOException {
        List<String> calls = new ArrayList<>();
        for (List<String> call : aws.calls()) {
            String command = call.get(1);
            String detail = switch (command) {
                case "list-roots" -> call.get(3).contains(DECLARATIVE) ? DECLARATIVE
                        : call.get(3).contains(SCP) ? SCP : "id";
                case "enable-policy-type" -> call.get(call.indexOf("--policy-type") + 1);
                case "list-policies" -> call.get(call.indexOf("--filter") + 1);
                case "create-policy" -> call.get(call.indexOf("--type") + 1);
                case "update-policy", "list-targets-for-policy" -> call.get(call.indexOf("--policy-id") + 1);
                case "describe-policy" -> call.get(call.indexOf("--policy-id") + 1) + " "
                        + call.get(call.indexOf("--query") + 1);
                case "attach-policy" -> call.get(call.indexOf("--policy-id") + 1) + " "
                        + call.get(call.indexOf("--target-id") + 1);
                default -> "?";
            };
            calls.add(command + " " + detail);
        }
        return calls;
    }

    private static String argument(List<String> call, String option) {
        for (String argument : call) {
            if (argument.startsWith(option + "=")) {
                return argument.substring(option.length() + 1);
            }
        }
        return call.get(call.indexOf(option) + 1);
    }

    @Test
    void deploy_newOrganization_enablesTypesThenCreatesThenAttaches() throws Exception {
        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of(
                "list-roots id",
                "list-roots " + DECLARATIVE, "enable-policy-type " + DECLARATIVE, "list-roots " + DECLARATIVE,
                "list-roots " + SCP, "enable-policy-type " + SCP, "list-roots " + SCP,
                "list-policies " + DECLARATIVE, "create-policy " + DECLARATIVE,
                "list-policies " + SCP, "create-policy " + SCP,
                "list-targets-for-policy p-fake0001",
                "attach-policy p-fake0001 ou-ab12-cd34ef56", "attach-policy p-fake0001 012345678901",
                "list-targets-for-policy p-fake0002",
                "attach-policy p-fake0002 ou-ab12-cd34ef56", "attach-policy p-fake0002 012345678901"), summary());
        assertEquals(List.of("ou-ab12-cd34ef56", "012345678901"), aws.targets("p-fake0002"));
        assertTrue(result.out().contains("Created DECLARATIVE_POLICY_EC2 policy '-allowed 'amis' $HOME' (p-fake0001)."),
                result.out());
        assertEquals("", result.err());
    }

    @Test
    void deploy_content_reachesTheCliExactlyAsRendered() throws Exception {
        run();

        List<List<String>> creates = aws.calls().stream().filter(c -> c.get(1).equals("create-policy")).toList();
        assertEquals(policies.declarative().content(), argument(creates.get(0), "--content"));
        assertEquals(policies.scp().content(), argument(creates.get(1), "--content"));
        assertEquals("-allowed 'amis' $HOME", argument(creates.get(0), "--name"));
        assertEquals("", argument(creates.get(1), "--description"));
        assertTrue(policies.declarative().content().contains("\n  "), "the pretty text, line breaks and all");
        assertEquals(policies.declarative().content(), aws.content("p-fake0001"));
    }

    @Test
    void deploy_secondRun_readsEverythingAndChangesNothing() throws Exception {
        run();
        aws.clearCalls();

        FakeAws.Result again = run();

        assertEquals(0, again.exitCode(), again.toString());
        assertEquals(List.of(
                "list-roots id", "list-roots " + DECLARATIVE, "list-roots " + SCP,
                "list-policies " + DECLARATIVE, "describe-policy p-fake0001 Policy.PolicySummary.Description",
                "describe-policy p-fake0001 Policy.Content",
                "list-policies " + SCP, "describe-policy p-fake0002 Policy.PolicySummary.Description",
                "describe-policy p-fake0002 Policy.Content",
                "list-targets-for-policy p-fake0001", "list-targets-for-policy p-fake0002"), summary());
        assertEquals(List.of("ou-ab12-cd34ef56", "012345678901"), aws.targets("p-fake0001"));
        assertTrue(again.out().contains("SERVICE_CONTROL_POLICY policy 'ami-guardrail' (p-fake0002) has the rendered"
                + " content already."), again.out());
        assertTrue(again.out().contains("'ami-guardrail' is attached to 012345678901."), again.out());
    }

    @Test
    void deploy_sameDescriptionOtherContent_isUpdated() throws Exception {
        aws.enable(DECLARATIVE);
        aws.enable(SCP);
        aws.addPolicy("p-old00001", SCP, "ami-guardrail", "", "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                List.of());

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(summary().contains("update-policy p-old00001"), summary().toString());
        assertEquals(policies.scp().content(), aws.content("p-old00001"));
    }

    @Test
    void deploy_sameContentOtherDescription_isUpdated() throws Exception {
        aws.enable(DECLARATIVE);
        aws.enable(SCP);
        aws.addPolicy("p-old00001", SCP, "ami-guardrail", "an older description", policies.scp().content(),
                List.of());

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(summary().contains("update-policy p-old00001"), summary().toString());
        assertFalse(summary().contains("describe-policy p-old00001 Policy.Content"),
                "a description that differs is enough: " + summary());
    }

    @Test
    void deploy_describeFails_stopsWithoutUpdating() throws Exception {
        run();
        aws.clearCalls();
        aws.set("fail-describe-policy", "AccessDeniedException");

        FakeAws.Result result = run();

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains("AccessDeniedException"), result.err());
        assertTrue(result.err().contains("error: could not read policy p-fake0001"), result.err());
        assertTrue(summary().stream().noneMatch(c -> c.startsWith("update-policy") || c.startsWith("attach")),
                summary().toString());
    }

    @Test
    void deploy_existingPolicyWithOldText_isUpdatedInPlace() throws Exception {
        aws.enable(DECLARATIVE);
        aws.enable(SCP);
        aws.addPolicy("p-old00001", SCP, "ami-guardrail", "old", "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                List.of("ou-ab12-cd34ef56"));
        aws.addPolicy("p-other001", SCP, "ami-guardrail-v2", "another policy", "{}", List.of());

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(policies.scp().content(), aws.content("p-old00001"));
        assertEquals("{}", aws.content("p-other001"), "a policy whose name only starts the same is left alone");
        assertEquals(List.of("ou-ab12-cd34ef56", "012345678901"), aws.targets("p-old00001"));
        assertTrue(summary().contains("attach-policy p-old00001 012345678901"));
        assertFalse(summary().contains("attach-policy p-old00001 ou-ab12-cd34ef56"));
    }

    @Test
    void deploy_attachedElsewhere_warnsAndNeverDetaches() throws Exception {
        aws.enable(DECLARATIVE);
        aws.enable(SCP);
        aws.addPolicy("p-old00001", SCP, "ami-guardrail", "", "{}", List.of("r-a1b2"));

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("warning: 'ami-guardrail' is also attached to r-a1b2, which the config does"
                + " not list"), result.err());
        assertTrue(result.err().contains("aws organizations detach-policy --policy-id p-old00001 --target-id r-a1b2"));
        assertEquals(List.of("r-a1b2", "ou-ab12-cd34ef56", "012345678901"), aws.targets("p-old00001"));
    }

    @Test
    void deploy_typeEnabledMeanwhile_treatsAlreadyEnabledAsDone() throws Exception {
        aws.set("race-enable", "");

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Enabled policy type DECLARATIVE_POLICY_EC2 on r-a1b2."), result.out());
        assertTrue(summary().contains("create-policy " + DECLARATIVE));
    }

    @Test
    void deploy_typeStillPending_checksAgainBeforeCreating() throws Exception {
        aws.set("enable-pending", "");

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("Policy type DECLARATIVE_POLICY_EC2 is PENDING_ENABLE on r-a1b2; checking"
                + " again"), result.out());
        List<String> calls = summary();
        assertEquals(List.of("list-roots " + DECLARATIVE, "enable-policy-type " + DECLARATIVE,
                "list-roots " + DECLARATIVE, "list-roots " + DECLARATIVE), calls.subList(1, 5));
    }

    @Test
    void deploy_dryRun_readsButChangesNothing() throws Exception {
        FakeAws.Result result = aws.run(script, Map.of("AMI_GOVERNANCE_DRY_RUN", "1"));

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(summary().stream().allMatch(c -> c.startsWith("list-")), summary().toString());
        assertTrue(result.out().contains("dry run, would run: aws organizations enable-policy-type --root-id r-a1b2"
                + " --policy-type SERVICE_CONTROL_POLICY"), result.out());
        assertTrue(result.out().contains("dry run, would run: aws organizations create-policy --type"
                + " SERVICE_CONTROL_POLICY --name='ami-guardrail'"), result.out());
        assertTrue(result.out().contains("dry run, would run: aws organizations attach-policy --policy-id <the new"
                + " policy 'ami-guardrail'> --target-id 012345678901"), result.out());
        assertFalse(Files.exists(aws.state().resolve("policies")), "no policy was created");
    }

    @Test
    void deploy_badDryRunValue_failsBeforeAnyCall() throws Exception {
        FakeAws.Result result = aws.run(script, Map.of("AMI_GOVERNANCE_DRY_RUN", "yes"));

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("AMI_GOVERNANCE_DRY_RUN is 'yes'; expected 1 for a dry run"), result.err());
        assertEquals(List.of(), aws.calls());
    }

    @Test
    void deploy_attachRefused_stopsWithTheAwsError() throws Exception {
        aws.set("fail-attach-policy", "AccessDeniedException");

        FakeAws.Result result = run();

        assertEquals(1, result.exitCode(), result.toString());
        assertTrue(result.err().contains("An error occurred (AccessDeniedException) when calling the attach-policy"
                + " operation"), result.err());
        assertTrue(result.err().contains("error: could not attach '-allowed 'amis' $HOME' to ou-ab12-cd34ef56"),
                result.err());
        assertEquals(1, summary().stream().filter(c -> c.startsWith("attach-policy")).count(), "it stops at once");
    }

    @Test
    void deploy_listFails_stopsBeforeChangingAnything() throws Exception {
        aws.set("fail-list-policies", "TooManyRequestsException");

        FakeAws.Result result = run();

        assertTrue(result.exitCode() != 0, result.toString());
        assertTrue(result.err().contains("TooManyRequestsException"), result.err());
        assertTrue(summary().stream().noneMatch(c -> c.startsWith("create-policy") || c.startsWith("attach")),
                "a failed lookup is never taken for a missing policy: " + summary());
    }

    /** Bash before 4.4 (macOS ships 3.2) has no inherit_errexit; the script must stop there too. */
    @Test
    void deploy_listFailsOnBashWithoutInheritErrexit_stillStops() throws Exception {
        String text = Files.readString(script);
        script = Files.writeString(script.resolveSibling("old-bash.sh"),
                text.replace("shopt -s inherit_errexit 2>/dev/null || true", "shopt -u inherit_errexit"));
        aws.set("fail-list-policies", "TooManyRequestsException");

        FakeAws.Result result = run();

        assertTrue(text.contains("shopt -s inherit_errexit"), "the line this test removes is there");
        assertTrue(result.exitCode() != 0, result.toString());
        assertTrue(summary().stream().noneMatch(c -> c.startsWith("create-policy")), summary().toString());
    }

    @Test
    void deploy_listTargetsFails_attachesNothing() throws Exception {
        aws.set("fail-list-targets-for-policy", "ServiceException");

        FakeAws.Result result = run();

        assertTrue(result.exitCode() != 0, result.toString());
        assertTrue(result.err().contains("ServiceException"), result.err());
        assertTrue(summary().stream().noneMatch(c -> c.startsWith("attach")), summary().toString());
    }

    @Test
    void deploy_notTheManagementAccount_saysSo() throws Exception {
        aws.set("root", "None");

        FakeAws.Result result = run();

        assertEquals(1, result.exitCode());
        assertTrue(result.err().contains("list-roots printed 'None', not a root ID; run this script with credentials"
                + " for the management account"), result.err());
    }

    @Test
    void deploy_scpOnAPilotOu_attachesEachPolicyToItsOwnTargets() throws Exception {
        script = write(new Deployment(new PolicyMetadata("allowed-amis", ""), List.of(TargetId.of("ou-ab12-cd34ef56")),
                new PolicyMetadata("ami-guardrail", ""), List.of(TargetId.of("ou-ab12-pilot0001"))));

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertEquals(List.of("ou-ab12-cd34ef56"), aws.targets("p-fake0001"));
        assertEquals(List.of("ou-ab12-pilot0001"), aws.targets("p-fake0002"));
    }

    @Test
    void deploy_noTargets_createsAndSaysNothingIsAttached() throws Exception {
        script = write(Deployment.DEFAULTS);

        FakeAws.Result result = run();

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(summary().stream().noneMatch(c -> c.startsWith("attach")));
        assertTrue(result.out().contains("The config lists no targets"), result.out());
    }

    @Test
    void deploy_withoutAws_saysWhatIsMissing() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true);
        builder.environment().put("PATH", "/usr/bin:/bin");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());

        assertEquals(1, process.waitFor());
        assertTrue(output.contains("error: the AWS CLI (aws) is not on PATH"), output);
    }
}

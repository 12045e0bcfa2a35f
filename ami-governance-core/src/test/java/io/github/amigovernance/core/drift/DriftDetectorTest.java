package io.github.amigovernance.core.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.testing.AwsCliOutput;
import io.github.amigovernance.core.testing.AwsCliOutput.Policy;
import io.github.amigovernance.core.testing.AwsCliOutput.Target;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DriftDetectorTest {

    private static final String PROVIDERS = "[\"111122223333\",\"123456738923\",\"222233334444\",\"444455556666\","
            + "\"amazon\",\"aws_marketplace\"]";

    @TempDir
    Path dir;

    private final GovernanceConfig config = Fixtures.config();
    private final RenderedPolicies enabled = Fixtures.rendered(config, EnforcementMode.ENABLED);

    private List<Target> targets() {
        return config.deployment().scpTargets().stream().map(t -> Target.of(t.value())).toList();
    }

    private Policy declarative(String content) {
        return Policy.of("p-decl0001", PolicyKind.DECLARATIVE_POLICY_EC2, config.deployment().declarative().name(),
                config.deployment().declarative().description(), content, targets());
    }

    private Policy scp(String content) {
        return Policy.of("p-scp00001", PolicyKind.SERVICE_CONTROL_POLICY, config.deployment().scp().name(),
                config.deployment().scp().description(), content, targets());
    }

    private static Policy fullAwsAccess() {
        return new Policy("p-FullAWSAccess", PolicyKind.SERVICE_CONTROL_POLICY, "FullAWSAccess",
                "Allows access to every operation", "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                + "\"Action\":\"*\",\"Resource\":\"*\"}]}", List.of(Target.of("r-a1b2")), true);
    }

    private DriftReport detect(RenderedPolicies rendered, Policy... deployed) throws IOException {
        List<Policy> all = new ArrayList<>(List.of(deployed));
        all.add(fullAwsAccess());
        Path capture = dir.resolve("capture");
        AwsCliOutput.write(capture, all, List.of(config.deployment().declarative().name(),
                config.deployment().scp().name()));
        return DriftDetector.detect(config, rendered, CaptureReader.read(capture, config.deployment()));
    }

    /** Deploys the rendered policies with one change to the text of one of them. */
    private DriftReport detectWith(PolicyKind changed, UnaryOperator<String> change) throws IOException {
        String declarative = enabled.declarative().content();
        String scp = enabled.scp().content();
        return detect(enabled, declarative(changed == PolicyKind.DECLARATIVE_POLICY_EC2 ? change.apply(declarative)
                : declarative), scp(changed == PolicyKind.SERVICE_CONTROL_POLICY ? change.apply(scp) : scp));
    }

    private static UnaryOperator<String> replacing(String text, String replacement) {
        return content -> {
            assertTrue(content.contains(text), "the rendered text contains " + text + ": " + content);
            return content.replace(text, replacement);
        };
    }

    private static Finding only(DriftReport report, String code) {
        List<Finding> matching = report.findings().stream().filter(f -> f.code().equals(code)).toList();
        assertEquals(1, matching.size(), code + " in " + report.findings());
        return matching.get(0);
    }

    private static List<String> codes(DriftReport report) {
        return report.findings().stream().map(Finding::code).toList();
    }

    @Test
    void detect_cliFixture_isInSyncWithNothingToSay() {
        Capture capture = CaptureReader.read(Fixtures.capture(dir), config.deployment());

        DriftReport report = DriftDetector.detect(config, enabled, capture);

        assertTrue(report.inSync());
        assertEquals(List.of(), report.findings());
        assertEquals(List.of(PolicyDrift.Status.IN_SYNC, PolicyDrift.Status.IN_SYNC),
                report.policies().stream().map(PolicyDrift::status).toList());
        assertEquals(Optional.of(Fixtures.SCP_ID), report.policies().get(1).policyId());
        assertEquals(3, report.policies().get(1).attachedTargets().size());
    }

    @Test
    void detect_providerAdded_namesTheAccountAndTheList() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2,
                replacing("\"111122223333\",", "\"111122223333\",\"999900001111\","));

        Finding finding = only(report, "ACCOUNT_ADDED");
        assertFalse(report.inSync());
        assertEquals(Optional.of(AccountId.of("999900001111")), finding.accountId());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(DriftDetector.CONTENT_RULE, finding.rule());
        assertEquals("allowed_image_providers in the deployed declarative policy (p-decl0001) include 999900001111"
                + " (not in the config), which the config does not allow on 2026-12-03", finding.message());
        assertEquals(PolicyDrift.Status.DRIFTED, report.policies().get(0).status());
        assertEquals(PolicyDrift.Status.IN_SYNC, report.policies().get(1).status());
    }

    @Test
    void detect_providerRemoved_saysWhoTheConfigAllows() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2, replacing("\"222233334444\",", ""));

        Finding finding = only(report, "ACCOUNT_REMOVED");
        assertTrue(finding.message().contains("lack 222233334444 (vendor Example Security Appliances), which the"
                + " config allows"), finding.message());
    }

    @Test
    void detect_aliasRemoved_isAnAliasFindingWithoutAccount() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2, replacing(",\"amazon\"", ""));

        Finding finding = only(report, "ALIAS_REMOVED");
        assertEquals(Optional.empty(), finding.accountId());
        assertTrue(finding.message().contains("amazon (provider alias)"), finding.message());
    }

    @Test
    void detect_providersSplitOverTwoCriteria_isTheSamePolicy() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2, replacing(
                "\"criteria_1\":{\"allowed_image_providers\":{\"@@assign\":" + PROVIDERS,
                "\"criteria_1\":{\"allowed_image_providers\":{\"@@assign\":[\"amazon\",\"aws_marketplace\"],"
                        + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]}},\"criteria_2\":"
                        + "{\"allowed_image_providers\":{\"@@assign\":[\"444455556666\",\"222233334444\","
                        + "\"123456738923\",\"111122223333\"]"));

        assertTrue(report.inSync(), report.findings().toString());
        Finding note = only(report, "CONTENT_REFORMATTED");
        assertEquals(Severity.INFO, note.severity());
    }

    @Test
    void detect_prettyText_isInSyncWithALayoutNote() throws IOException {
        RenderedPolicies pretty = new PolicyRenderer(PolicyLimits.DEFAULTS, OutputStyle.PRETTY)
                .render(config, Fixtures.AS_OF, EnforcementMode.ENABLED);

        DriftReport report = detect(enabled, declarative(pretty.declarative().content()), scp(pretty.scp().content()));

        assertTrue(report.inSync());
        assertEquals(List.of("CONTENT_REFORMATTED", "CONTENT_REFORMATTED"), codes(report));
        assertTrue(report.findings().get(1).message().contains("only in layout or order"));
    }

    @Test
    void detect_enabledDeployedAuditRendered_reportsTheModeInBothPolicies() throws IOException {
        RenderedPolicies audit = Fixtures.rendered(config, EnforcementMode.AUDIT_MODE);

        DriftReport report = detect(audit, declarative(enabled.declarative().content()), scp(enabled.scp().content()));

        assertEquals(List.of("MODE_CHANGED", "MODE_CHANGED"), codes(report));
        assertTrue(report.findings().get(0).message().contains("sets allowed_images_settings.state to \"enabled\";"
                + " the config renders \"audit_mode\""), report.findings().get(0).message());
        assertTrue(report.findings().get(1).message().contains("denies launches from images whose owner is off the"
                + " allowlist (statement DenyLaunchFromUnapprovedImageOwners), as in enabled mode"));
    }

    @Test
    void detect_auditDeployedEnabledRendered_reportsTheModeInBothPolicies() throws IOException {
        RenderedPolicies audit = Fixtures.rendered(config, EnforcementMode.AUDIT_MODE);

        DriftReport report = detect(enabled, declarative(audit.declarative().content()), scp(audit.scp().content()));

        assertEquals(List.of("MODE_CHANGED", "MODE_CHANGED"), codes(report));
        assertTrue(report.findings().get(1).message().contains("does not deny launches"), report.toString());
    }

    @Test
    void detect_ownerAddedToTheScp_saysLaunchesAreAllowed() throws IOException {
        DriftReport report = detectWith(PolicyKind.SERVICE_CONTROL_POLICY,
                replacing("\"ec2:Owner\":[", "\"ec2:Owner\":[\"999900001111\","));

        Finding finding = only(report, "ACCOUNT_ADDED");
        assertEquals("statement DenyLaunchFromUnapprovedImageOwners of the deployed SCP (p-scp00001) lets instances"
                + " launch from images owned by 999900001111 (not in the config), which the config does not allow on"
                + " 2026-12-03", finding.message());
    }

    @Test
    void detect_publisherDroppedFromOneStatement_namesThatStatement() throws IOException {
        DriftReport report = detectWith(PolicyKind.SERVICE_CONTROL_POLICY, content -> {
            String create = "\"Sid\":\"DenyImageCreationOutsidePublishers\"";
            int start = content.indexOf(create);
            int list = content.indexOf("\"aws:PrincipalAccount\":[\"123456738923\",\"444455556666\"]", start);
            return content.substring(0, list) + "\"aws:PrincipalAccount\":[\"123456738923\"]"
                    + content.substring(list + "\"aws:PrincipalAccount\":[\"123456738923\",\"444455556666\"]".length());
        });

        Finding finding = only(report, "ACCOUNT_REMOVED");
        assertEquals(Optional.of(AccountId.of("444455556666")), finding.accountId());
        assertTrue(finding.message().startsWith("statement DenyImageCreationOutsidePublishers of the deployed SCP"
                + " (p-scp00001) no longer exempts 444455556666 (exception CLOUD-2041, expires 2027-02-15) from its"
                + " denial of creating and importing images"), finding.message());
    }

    @Test
    void detect_statementAdded_describesIt() throws IOException {
        DriftReport report = detectWith(PolicyKind.SERVICE_CONTROL_POLICY, replacing("\"Statement\":[",
                "\"Statement\":[{\"Sid\":\"AllowAll\",\"Effect\":\"Allow\",\"Action\":\"*\",\"Resource\":\"*\"},"));

        assertEquals("the deployed SCP (p-scp00001) has statement AllowAll (Allow * on *), which the config does not"
                + " render", only(report, "STATEMENT_ADDED").message());
    }

    @Test
    void detect_statementRemoved_namesIt() throws IOException {
        DriftReport report = detectWith(PolicyKind.SERVICE_CONTROL_POLICY, replacing(
                ",{\"Sid\":\"DenyDisablingImageBlockPublicAccess\",\"Effect\":\"Deny\",\"Action\":"
                        + "[\"ec2:DisableImageBlockPublicAccess\"],\"Resource\":\"*\"}", ""));

        assertTrue(only(report, "STATEMENT_REMOVED").message().contains("lacks statement"
                + " DenyDisablingImageBlockPublicAccess, which denies ec2:DisableImageBlockPublicAccess on *"));
    }

    @Test
    void detect_actionDropped_isAChangedStatement() throws IOException {
        DriftReport report = detectWith(PolicyKind.SERVICE_CONTROL_POLICY, replacing("\"ec2:CopyImage\",", ""));

        assertTrue(only(report, "STATEMENT_CHANGED").message().endsWith("statement DenyImageCreationOutsidePublishers"
                + " of the deployed SCP (p-scp00001) differs from the rendered one: Action lacks [ec2:CopyImage]"),
                report.findings().toString());
    }

    @Test
    void detect_conditionOperatorChanged_isAChangedStatement() throws IOException {
        DriftReport report = detectWith(PolicyKind.SERVICE_CONTROL_POLICY, replacing(
                "{\"StringNotEquals\":{\"ec2:Owner\"", "{\"StringNotEqualsIgnoreCase\":{\"ec2:Owner\""));

        String message = only(report, "STATEMENT_CHANGED").message();
        assertTrue(message.contains("it lacks the condition StringNotEquals ec2:Owner"), message);
        assertTrue(message.contains("it adds the condition StringNotEqualsIgnoreCase ec2:Owner"), message);
    }

    @Test
    void detect_exceptionMessageChanged_showsBoth() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2, replacing("AMI not approved.", "Denied."));

        assertTrue(only(report, "EXCEPTION_MESSAGE_CHANGED").message().contains("shows the exception message"
                + " \"Denied. Ask in #cloud-platform;"));
    }

    @Test
    void detect_blockPublicAccessOff_isReported() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2,
                replacing("\"block_new_sharing\"", "\"unblocked\""));

        assertTrue(only(report, "BLOCK_PUBLIC_ACCESS_CHANGED").message().contains("to \"unblocked\"; the config"
                + " renders \"block_new_sharing\""));
    }

    @Test
    void detect_valueUnlocked_isReportedAsTheVerifierDoes() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2, replacing(
                "\"state\":{\"@@assign\":\"enabled\",\"@@operators_allowed_for_child_policies\":[\"@@none\"]}",
                "\"state\":{\"@@assign\":\"enabled\",\"@@operators_allowed_for_child_policies\":[\"@@all\"]}"));

        Finding finding = only(report, "POLICY_NOT_LOCKED");
        assertTrue(finding.message().contains("describe-policy-p-decl0001.json (Policy.Content):1:"),
                "located inside the deployed text: " + finding.message());
        assertEquals(List.of("POLICY_NOT_LOCKED"), codes(report));
    }

    @Test
    void detect_attributeAddedInTheConsole_isAShapeFinding() throws IOException {
        DriftReport report = detectWith(PolicyKind.DECLARATIVE_POLICY_EC2, replacing("{\"ec2_attributes\":{",
                "{\"ec2_attributes\":{\"serial_console_access\":{\"status\":{\"@@assign\":\"disabled\"}},"));

        assertTrue(only(report, "POLICY_SHAPE").message().contains("ec2_attributes.serial_console_access"));
    }

    @Test
    void detect_descriptionChanged_warnsButStaysInSync() throws IOException {
        DriftReport report = detect(enabled, declarative(enabled.declarative().content()),
                scp(enabled.scp().content()).withDescription("edited in the console"));

        Finding finding = only(report, "DESCRIPTION_CHANGED");
        assertEquals(Severity.WARNING, finding.severity());
        assertTrue(report.inSync());
        assertTrue(finding.message().contains("is described as \"edited in the console\"; the config's description is"
                + " \"AMI guardrail\""), finding.message());
    }

    @Test
    void detect_attachmentMissingAndExtra_areBothReported() throws IOException {
        List<Target> moved = List.of(Target.of("r-a1b2"), Target.of("ou-a1b2-security"),
                new Target("ou-a1b2-sandboxes", "Sandboxes"));

        DriftReport report = detect(enabled, declarative(enabled.declarative().content()),
                scp(enabled.scp().content()).withTargets(moved));

        Finding missing = only(report, "ATTACHMENT_MISSING");
        Finding extra = only(report, "ATTACHMENT_EXTRA");
        assertEquals(Optional.of(AccountId.of("210987654321")), missing.accountId());
        assertEquals("the deployed SCP (p-scp00001) is not attached to 210987654321, which its targets in the config"
                + " list, so it does not govern that account", missing.message());
        assertEquals("the deployed SCP (p-scp00001) is also attached to ou-a1b2-sandboxes (Sandboxes), which its"
                + " targets in the config do not list; detach it, or add it to the targets", extra.message());
        assertEquals(DriftDetector.ATTACHMENT_RULE, extra.rule());
    }

    @Test
    void detect_policyWithItsOwnTargets_isComparedWithThose() throws IOException {
        GovernanceConfig pilot = config.toBuilder().deployment(new Deployment(config.deployment().declarative(),
                config.deployment().declarativeTargets(), config.deployment().scp(),
                List.of(TargetId.of("ou-a1b2-pilot0001")))).build();
        Path capture = dir.resolve("pilot");
        AwsCliOutput.write(capture, List.of(declarative(enabled.declarative().content()),
                scp(enabled.scp().content()).withTargets(List.of(Target.of("ou-a1b2-pilot0001")))),
                List.of("allowed-amis", "ami-guardrail"));

        DriftReport report = DriftDetector.detect(pilot, enabled, CaptureReader.read(capture, pilot.deployment()));

        assertTrue(report.inSync(), report.findings().toString());
        assertEquals(List.of(), report.findings());
    }

    @Test
    void detect_policyNotDeployed_isMissing() throws IOException {
        DriftReport report = detect(enabled, declarative(enabled.declarative().content()));

        PolicyDrift scp = report.policies().get(1);
        assertEquals(PolicyDrift.Status.MISSING, scp.status());
        assertEquals(Optional.empty(), scp.policyId());
        assertTrue(only(report, "POLICY_MISSING").message().startsWith("no SERVICE_CONTROL_POLICY policy is named"
                + " \"ami-guardrail\" in "), report.findings().toString());
        assertTrue(only(report, "POLICY_MISSING").message().endsWith("(policies.scp.name)"));
    }

    @Test
    void detect_twoPoliciesWithTheName_isAmbiguous() throws IOException {
        Policy other = Policy.of("p-scp00002", PolicyKind.SERVICE_CONTROL_POLICY, "ami-guardrail", "", "{}",
                List.of());

        DriftReport report = detect(enabled, declarative(enabled.declarative().content()),
                scp(enabled.scp().content()), other);

        assertTrue(only(report, "POLICY_NAME_AMBIGUOUS").message().startsWith("2 SERVICE_CONTROL_POLICY policies are"
                + " named \"ami-guardrail\""));
        assertEquals(PolicyDrift.Status.MISSING, report.policies().get(1).status());
    }

    @Test
    void detect_exceptionExpiredSinceDeployment_isAnAddedAccountInEachList() throws IOException {
        RenderedPolicies later = new PolicyRenderer().render(config, LocalDate.of(2027, 2, 16),
                EnforcementMode.ENABLED);

        DriftReport report = detect(later, declarative(enabled.declarative().content()), scp(enabled.scp().content()));

        List<Finding> added = report.findings().stream().filter(f -> f.code().equals("ACCOUNT_ADDED")).toList();
        assertEquals(4, added.size(), "providers, ec2:Owner and both publisher exemptions: " + added);
        assertTrue(added.stream().allMatch(f -> f.accountId().equals(Optional.of(AccountId.of("444455556666")))));
        assertTrue(added.get(0).message().contains("(exception CLOUD-2041, expired after 2027-02-15)"),
                added.get(0).message());
    }
}

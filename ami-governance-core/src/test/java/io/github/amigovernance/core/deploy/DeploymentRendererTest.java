package io.github.amigovernance.core.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.testing.JsonTrees;
import io.github.amigovernance.core.testing.TerraformStrings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class DeploymentRendererTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    private static final String MESSAGE = "Blocked: see ${wiki} and %{x}; it's \"here\"";
    private static final List<TargetId> TARGETS = List.of(TargetId.of("r-ab12"), TargetId.of("ou-ab12-cd34ef56"),
            TargetId.of("012345678901"));

    private static GovernanceConfig config(List<TargetId> targets) {
        return GovernanceConfig.builder(OpsPublisher.of(AccountId.of("123456738923")))
                .vendor(VendorPublisher.of(AccountId.of("111122223333"), "InfoBlox"))
                .providerAlias(ProviderAlias.AWS_MARKETPLACE)
                .exceptionMessage(Optional.of(MESSAGE))
                .deployment(Deployment.of(targets, new PolicyMetadata("allowed-amis ${prod}", "Allowed AMIs"),
                        new PolicyMetadata("ami-guardrail", "")))
                .build();
    }

    private static RenderedPolicies render(GovernanceConfig config, OutputStyle style) {
        return new PolicyRenderer(PolicyLimits.DEFAULTS, style).render(config, AS_OF, EnforcementMode.ENABLED);
    }

    private static DeploymentFile file(RenderedPolicies policies, Deployment deployment, DeploymentFormat format) {
        List<DeploymentFile> files = DeploymentRenderer.render(policies, deployment, Set.of(format));
        assertEquals(1, files.size());
        return files.get(0);
    }

    private static JsonObject parse(String json) {
        return (JsonObject) JsonTrees.parse(json);
    }

    private static JsonValue at(JsonValue value, String... names) {
        return JsonTrees.at(value, names);
    }

    private static String text(JsonValue value, String... names) {
        return JsonTrees.text(value, names);
    }

    private static String templateResult(String value) {
        return TerraformStrings.literal(value);
    }

    private static String compact(JsonValue value) {
        return JsonTrees.compact(value);
    }

    @Test
    void render_everyFormat_inDeclaredOrderUnderItsFileName() {
        RenderedPolicies policies = render(config(TARGETS), OutputStyle.COMPACT);

        List<DeploymentFile> files = DeploymentRenderer.render(policies, config(TARGETS).deployment(),
                EnumSet.of(DeploymentFormat.CAPTURE, DeploymentFormat.TERRAFORM, DeploymentFormat.CLI,
                        DeploymentFormat.CLOUDFORMATION));

        assertEquals(List.of("ami-governance.tf.json", "ami-governance.cfn.json", "deploy-ami-governance.sh",
                "capture-ami-governance.sh"), files.stream().map(DeploymentFile::fileName).toList());
        assertTrue(DeploymentFormat.CLI.executable() && DeploymentFormat.CAPTURE.executable());
        assertFalse(DeploymentFormat.TERRAFORM.executable() || DeploymentFormat.CLOUDFORMATION.executable());
    }

    @Test
    void render_noFormats_rendersNothing() {
        assertEquals(List.of(), DeploymentRenderer.render(render(config(TARGETS), OutputStyle.COMPACT),
                Deployment.DEFAULTS, Set.of()));
    }

    @ParameterizedTest
    @EnumSource(DeploymentFormat.class)
    void render_sameInputTwice_givesIdenticalText(DeploymentFormat format) {
        GovernanceConfig config = config(TARGETS);

        String first = file(render(config, OutputStyle.PRETTY), config.deployment(), format).content();
        String second = file(render(config, OutputStyle.PRETTY), config.deployment(), format).content();

        assertEquals(first, second);
    }

    @ParameterizedTest
    @EnumSource(OutputStyle.class)
    void terraform_policies_carryTheExactTextOnceTerraformHasReadIt(OutputStyle style) {
        GovernanceConfig config = config(TARGETS);
        RenderedPolicies policies = render(config, style);

        JsonObject tf = parse(file(policies, config.deployment(), DeploymentFormat.TERRAFORM).content());

        JsonValue declarative = at(tf, "resource", "aws_organizations_policy", "ami_governance_declarative");
        JsonValue scp = at(tf, "resource", "aws_organizations_policy", "ami_governance_scp");
        assertEquals(policies.declarative().content(), templateResult(text(declarative, "content")));
        assertEquals(policies.scp().content(), templateResult(text(scp, "content")));
        assertTrue(text(declarative, "content").contains("see $${wiki} and %%{x}"), "template sequences escaped");
        assertEquals("allowed-amis ${prod}", templateResult(text(declarative, "name")));
        assertEquals("DECLARATIVE_POLICY_EC2", text(declarative, "type"));
        assertEquals("SERVICE_CONTROL_POLICY", text(scp, "type"));
        assertEquals("", text(scp, "description"));
    }

    @Test
    void terraform_attachments_onePerPolicyAndTarget() {
        GovernanceConfig config = config(TARGETS);

        JsonObject tf = parse(file(render(config, OutputStyle.COMPACT), config.deployment(),
                DeploymentFormat.TERRAFORM).content());

        JsonObject attachments = (JsonObject) at(tf, "resource", "aws_organizations_policy_attachment");
        Map<String, String> targetsByName = new TreeMap<>();
        for (Member member : attachments.members()) {
            targetsByName.put(member.name(), text(member.value(), "target_id") + " <- "
                    + text(member.value(), "policy_id"));
        }
        assertEquals(Map.of(
                "ami_governance_declarative_r-ab12",
                "r-ab12 <- ${aws_organizations_policy.ami_governance_declarative.id}",
                "ami_governance_declarative_ou-ab12-cd34ef56",
                "ou-ab12-cd34ef56 <- ${aws_organizations_policy.ami_governance_declarative.id}",
                "ami_governance_declarative_012345678901",
                "012345678901 <- ${aws_organizations_policy.ami_governance_declarative.id}",
                "ami_governance_scp_r-ab12", "r-ab12 <- ${aws_organizations_policy.ami_governance_scp.id}",
                "ami_governance_scp_ou-ab12-cd34ef56",
                "ou-ab12-cd34ef56 <- ${aws_organizations_policy.ami_governance_scp.id}",
                "ami_governance_scp_012345678901",
                "012345678901 <- ${aws_organizations_policy.ami_governance_scp.id}"), targetsByName);
    }

    @Test
    void render_policiesWithTheirOwnTargets_attachEachToItsOwn() {
        GovernanceConfig shared = config(TARGETS);
        Deployment split = new Deployment(shared.deployment().declarative(), TARGETS, shared.deployment().scp(),
                List.of(TargetId.of("ou-ab12-pilot0001")));
        RenderedPolicies policies = render(shared, OutputStyle.COMPACT);

        JsonObject tf = parse(file(policies, split, DeploymentFormat.TERRAFORM).content());
        JsonObject template = parse(file(policies, split, DeploymentFormat.CLOUDFORMATION).content());
        String script = file(policies, split, DeploymentFormat.CLI).content();

        List<String> attachments = ((JsonObject) at(tf, "resource", "aws_organizations_policy_attachment")).members()
                .stream().map(Member::name).toList();
        assertEquals(List.of("ami_governance_declarative_r-ab12", "ami_governance_declarative_ou-ab12-cd34ef56",
                "ami_governance_declarative_012345678901", "ami_governance_scp_ou-ab12-pilot0001"), attachments);
        assertEquals(1, ((JsonArray) at(template, "Resources", "AmiGovernanceScp", "Properties", "TargetIds"))
                .elements().size());
        assertEquals(3, ((JsonArray) at(template, "Resources", "AmiGovernanceDeclarativePolicy", "Properties",
                "TargetIds")).elements().size());
        assertTrue(script.contains("\nDECLARATIVE_TARGETS=('r-ab12' 'ou-ab12-cd34ef56' '012345678901')\n"
                + "SCP_TARGETS=('ou-ab12-pilot0001')\nTARGET_COUNT=4\n"), script);
    }

    @Test
    void terraform_noTargets_hasNoAttachmentResources() {
        GovernanceConfig config = config(List.of());

        JsonObject tf = parse(file(render(config, OutputStyle.COMPACT), config.deployment(),
                DeploymentFormat.TERRAFORM).content());

        assertTrue(((JsonObject) at(tf, "resource")).member("aws_organizations_policy_attachment").isEmpty());
    }

    /** Each pair is a text and how Terraform must be given it; Terraform 1.11 reads each back as the text. */
    static Stream<Arguments> templateSequences() {
        return Stream.of(
                Arguments.of("${x}", "$${x}"),
                Arguments.of("%{if true}y%{endif}", "%%{if true}y%%{endif}"),
                Arguments.of("$${y}", "$$${y}"),
                Arguments.of("%%{z}", "%%%{z}"),
                Arguments.of("$$${w}", "$$$${w}"),
                Arguments.of("$$ and %% and a$ and %", "$$ and %% and a$ and %"),
                Arguments.of("${", "$${"),
                Arguments.of("$%{", "$%%{"),
                Arguments.of("%${", "%$${"),
                Arguments.of("\\${v}", "\\$${v}"));
    }

    @ParameterizedTest
    @MethodSource("templateSequences")
    void literal_templateSequences_areEscapedSoTerraformReadsTheText(String text, String literal) {
        assertEquals(literal, TerraformConfig.literal(text));
        assertEquals(text, templateResult(literal));
    }

    @ParameterizedTest
    @EnumSource(OutputStyle.class)
    void cloudFormation_content_isAnObjectWhoseCompactFormIsTheCompactPolicy(OutputStyle style) {
        GovernanceConfig config = config(TARGETS);
        RenderedPolicies compact = render(config, OutputStyle.COMPACT);

        JsonObject template = parse(file(render(config, style), config.deployment(),
                DeploymentFormat.CLOUDFORMATION).content());

        JsonValue declarative = at(template, "Resources", "AmiGovernanceDeclarativePolicy");
        JsonValue scp = at(template, "Resources", "AmiGovernanceScp");
        assertEquals("AWS::Organizations::Policy", text(declarative, "Type"));
        assertTrue(at(declarative, "Properties", "Content") instanceof JsonObject, "Content is a JSON object");
        assertEquals(compact.declarative().content(), compact(at(declarative, "Properties", "Content")));
        assertEquals(compact.scp().content(), compact(at(scp, "Properties", "Content")));
        assertEquals("allowed-amis ${prod}", text(declarative, "Properties", "Name"), "no template escaping here");
        assertEquals("DECLARATIVE_POLICY_EC2", text(declarative, "Properties", "Type"));
        assertEquals("SERVICE_CONTROL_POLICY", text(scp, "Properties", "Type"));
        List<String> targetIds = new ArrayList<>();
        ((JsonArray) at(scp, "Properties", "TargetIds")).elements()
                .forEach(e -> targetIds.add(((JsonString) e).value()));
        assertEquals(List.of("r-ab12", "ou-ab12-cd34ef56", "012345678901"), targetIds);
        assertEquals("AmiGovernanceScp", text(at(template, "Outputs", "AmiGovernanceScpId"), "Value", "Ref"));
    }

    @Test
    void cloudFormation_noTargets_leavesTargetIdsOut() {
        GovernanceConfig config = config(List.of());

        JsonObject template = parse(file(render(config, OutputStyle.COMPACT), config.deployment(),
                DeploymentFormat.CLOUDFORMATION).content());

        JsonObject properties = (JsonObject) at(template, "Resources", "AmiGovernanceScp", "Properties");
        assertTrue(properties.member("TargetIds").isEmpty());
    }

    @Test
    void cloudFormation_largestAllowlist_isOverTheInlineLimit() {
        GovernanceConfig.Builder builder = GovernanceConfig.builder(OpsPublisher.of(AccountId.of("100000000000")));
        for (int i = 0; i < 596; i++) {
            builder.vendor(VendorPublisher.of(AccountId.of(String.valueOf(200_000_000_000L + i)), "vendor " + i));
        }
        List<TargetId> targets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            targets.add(TargetId.of(String.valueOf(300_000_000_000L + i)));
        }
        for (ProviderAlias alias : ProviderAlias.values()) {
            builder.providerAlias(alias);
        }
        GovernanceConfig config = builder.exceptionMessage(Optional.of("x".repeat(200)))
                .deployment(Deployment.DEFAULTS.withTargets(targets)).build();
        RenderedPolicies policies = render(config, OutputStyle.COMPACT);

        int bytes = file(policies, config.deployment(), DeploymentFormat.CLOUDFORMATION).bytes().length;

        assertTrue(policies.scp().characters() <= PolicyLimits.SCP_MAX_CHARACTERS, "the policies fit their limits");
        assertTrue(bytes > DeploymentRenderer.CLOUDFORMATION_MAX_INLINE_BYTES,
                "such a template needs an S3 bucket, which generate points out: " + bytes + " bytes");
    }

    @Test
    void scripts_embedEveryValueInSingleQuotes() {
        GovernanceConfig config = config(TARGETS);
        RenderedPolicies policies = render(config, OutputStyle.COMPACT);

        String deploy = file(policies, config.deployment(), DeploymentFormat.CLI).content();
        String capture = file(policies, config.deployment(), DeploymentFormat.CAPTURE).content();

        assertTrue(deploy.startsWith("#!/usr/bin/env bash\n"), deploy);
        assertTrue(deploy.contains("\nset -euo pipefail\n"));
        assertTrue(deploy.contains("\nDECLARATIVE_NAME='allowed-amis ${prod}'\n"), "no expansion inside single quotes");
        assertTrue(deploy.contains("it'\\''s \\\"here\\\""), "a single quote ends, is escaped and restarts the quote");
        assertTrue(deploy.contains("\nDECLARATIVE_TARGETS=('r-ab12' 'ou-ab12-cd34ef56' '012345678901')\n"
                + "SCP_TARGETS=('r-ab12' 'ou-ab12-cd34ef56' '012345678901')\nTARGET_COUNT=6\n"), deploy);
        assertTrue(capture.contains("\nSCP_NAME='ami-guardrail'\n"));
        assertFalse(capture.contains("SCP_CONTENT"), "the capture script only needs the names");
    }

    @Test
    void shellQuoting_nul_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShellQuoting.quote("a\0b"));

        assertTrue(e.getMessage().contains("NUL"), e.getMessage());
    }
}

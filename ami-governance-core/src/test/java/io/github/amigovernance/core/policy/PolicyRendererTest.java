package io.github.amigovernance.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.core.verify.DeclarativeContent;
import io.github.amigovernance.core.verify.PolicyReader;
import io.github.amigovernance.core.verify.ScpContent;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class PolicyRendererTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

    private static GovernanceConfig example() {
        return GovernanceConfig.builder(OpsPublisher.of(AccountId.of("123456738923")))
                .vendor(VendorPublisher.of(AccountId.of("222233334444"), "B"))
                .vendor(VendorPublisher.of(AccountId.of("111122223333"), "A"))
                .providerAlias(ProviderAlias.AWS_MARKETPLACE)
                .exceptionMessage(Optional.of("Not approved: \"see\" C:\\wiki — ask #ami"))
                .exception(ExceptionAccount.of(AccountId.of("444455556666"), AS_OF, "active", "T-1"))
                .exception(ExceptionAccount.of(AccountId.of("777788889999"), AS_OF.minusDays(1), "expired", "T-2"))
                .build();
    }

    private static GovernanceConfig withVendors(int count) {
        GovernanceConfig.Builder builder = GovernanceConfig.builder(OpsPublisher.of(AccountId.of("999999999999")));
        for (int i = 0; i < count; i++) {
            builder.vendor(VendorPublisher.of(AccountId.of(String.format("%012d", 100_000_000_000L + i)), "v" + i));
        }
        return builder.build();
    }

    private static JsonValue parse(PolicyDocument document) {
        Problems problems = new Problems(document.kind().fileName());
        JsonValue value = new JsonTreeReader().read(document.content().getBytes(StandardCharsets.UTF_8), problems)
                .orElseThrow();
        assertTrue(problems.isEmpty(), problems.list().toString());
        return value;
    }

    @Test
    void render_auditMode_writesTheDocumentedDeclarativeShape() {
        RenderedPolicies policies = new PolicyRenderer().render(example(), AS_OF, EnforcementMode.AUDIT_MODE);

        assertEquals("{\"ec2_attributes\":{"
                + "\"exception_message\":{\"@@assign\":\"Not approved: \\\"see\\\" C:\\\\wiki — ask #ami\","
                + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]},"
                + "\"image_block_public_access\":{\"state\":{\"@@assign\":\"block_new_sharing\","
                + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]}},"
                + "\"allowed_images_settings\":{\"state\":{\"@@assign\":\"audit_mode\","
                + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]},"
                + "\"image_criteria\":{\"criteria_1\":{\"allowed_image_providers\":{\"@@assign\":["
                + "\"111122223333\",\"123456738923\",\"222233334444\",\"444455556666\",\"aws_marketplace\"],"
                + "\"@@operators_allowed_for_child_policies\":[\"@@none\"]}}}}}}",
                policies.declarative().content());
    }

    @Test
    void render_auditMode_scpHasNoLaunchDeny() {
        RenderedPolicies policies = new PolicyRenderer().render(example(), AS_OF, EnforcementMode.AUDIT_MODE);
        ScpContent scp = PolicyReader.scp("scp", parse(policies.scp())).content().orElseThrow();

        assertEquals(List.of(ScpStatements.CREATE_SID, ScpStatements.SHARE_SID, ScpStatements.BLOCK_PUBLIC_ACCESS_SID),
                scp.statements().stream().map(s -> s.sid().orElseThrow()).toList());
        assertEquals(Optional.of(List.of("123456738923", "444455556666")),
                scp.statement(ScpStatements.CREATE_SID).orElseThrow()
                        .condition(ScpStatements.STRING_NOT_EQUALS, ScpStatements.PRINCIPAL_ACCOUNT_KEY));
    }

    @Test
    void render_enabledMode_scpDeniesOtherOwnersOnImagesOnly() {
        ScpContent scp = PolicyReader.scp("scp", parse(
                new PolicyRenderer().render(example(), AS_OF, EnforcementMode.ENABLED).scp())).content().orElseThrow();

        ScpContent.Statement launch = scp.statement(ScpStatements.LAUNCH_SID).orElseThrow();
        assertEquals(List.of("arn:aws:ec2:*::image/*"), launch.resources());
        assertEquals(ScpStatements.LAUNCH_ACTIONS, launch.actions());
        assertEquals(Optional.of(List.of("111122223333", "123456738923", "222233334444", "444455556666",
                "aws-marketplace")), launch.condition("StringNotEquals", "ec2:Owner"));
        assertTrue(scp.statement(ScpStatements.BLOCK_PUBLIC_ACCESS_SID).orElseThrow().conditions().isEmpty());
    }

    @Test
    void render_sameInputTwice_givesSameBytes() {
        PolicyRenderer renderer = new PolicyRenderer();

        RenderedPolicies first = renderer.render(example(), AS_OF, EnforcementMode.ENABLED);
        RenderedPolicies second = renderer.render(example(), AS_OF, EnforcementMode.ENABLED);

        assertEquals(first.declarative().content(), second.declarative().content());
        assertEquals(first.scp().content(), second.scp().content());
    }

    @Test
    void render_reorderedConfig_givesSameBytes() {
        GovernanceConfig config = example();
        List<VendorPublisher> vendors = new ArrayList<>(config.vendorPublishers());
        Collections.reverse(vendors);
        List<ExceptionAccount> exceptions = new ArrayList<>(config.exceptions());
        Collections.reverse(exceptions);
        GovernanceConfig reordered = config.toBuilder().vendors(vendors).exceptions(exceptions).build();

        PolicyRenderer renderer = new PolicyRenderer();
        assertEquals(renderer.render(config, AS_OF, EnforcementMode.ENABLED),
                renderer.render(reordered, AS_OF, EnforcementMode.ENABLED));
    }

    @Test
    void render_pretty_holdsTheSamePolicy() {
        RenderedPolicies compact = new PolicyRenderer().render(example(), AS_OF, EnforcementMode.ENABLED);
        RenderedPolicies pretty = new PolicyRenderer(PolicyLimits.DEFAULTS, OutputStyle.PRETTY)
                .render(example(), AS_OF, EnforcementMode.ENABLED);

        assertTrue(pretty.scp().content().contains("\n      \"Sid\": "), pretty.scp().content());
        assertTrue(pretty.scp().content().endsWith("}\n"));
        assertEquals(PolicyReader.scp("a", parse(compact.scp())).content(),
                PolicyReader.scp("a", parse(pretty.scp())).content());
        assertEquals(PolicyReader.declarative("a", parse(compact.declarative())).content(),
                PolicyReader.declarative("a", parse(pretty.declarative())).content());
    }

    @Test
    void render_201Providers_splitsIntoTwoCriteria() {
        RenderedPolicies policies = new PolicyRenderer().render(withVendors(200), AS_OF, EnforcementMode.ENABLED);

        DeclarativeContent content = PolicyReader.declarative("d", parse(policies.declarative())).content()
                .orElseThrow();
        assertEquals(List.of(200, 1), content.criteria().stream().map(List::size).toList());
        assertEquals(policies.allowlist().declarativeProviders(), content.providers());
    }

    @Test
    void render_450Vendors_fitsBothLimits() {
        RenderedPolicies policies = new PolicyRenderer().render(withVendors(450), AS_OF, EnforcementMode.ENABLED);

        assertTrue(policies.declarative().characters() <= PolicyLimits.DECLARATIVE_MAX_CHARACTERS,
                "declarative: " + policies.declarative().characters());
        assertTrue(policies.scp().characters() <= PolicyLimits.SCP_MAX_CHARACTERS,
                "scp: " + policies.scp().characters());
    }

    @Test
    void render_450VendorsUnderLegacyScpLimit_failsNamingTheScp() {
        PolicyRenderer renderer = new PolicyRenderer(PolicyLimits.DEFAULTS.withScpMaxCharacters(5120),
                OutputStyle.COMPACT);

        PolicyLimitException e = assertThrows(PolicyLimitException.class,
                () -> renderer.render(withVendors(450), AS_OF, EnforcementMode.ENABLED));

        assertEquals(1, e.violations().size());
        LimitViolation violation = e.violations().get(0);
        assertEquals(PolicyKind.SERVICE_CONTROL_POLICY, violation.kind());
        assertEquals(5120, violation.limit());
        assertTrue(violation.actual() > 5120);
        assertTrue(violation.toString().contains("scp-ami-guardrail.json"), violation.toString());
        assertTrue(violation.advice().contains("cannot be split"), violation.advice());
        assertTrue(violation.advice().contains("10,240"), violation.advice());
    }

    @Test
    void render_auditModeWithLegacyLimit_fitsBecauseNoOwnerList() {
        PolicyRenderer renderer = new PolicyRenderer(PolicyLimits.DEFAULTS.withScpMaxCharacters(5120),
                OutputStyle.COMPACT);

        assertTrue(renderer.render(withVendors(450), AS_OF, EnforcementMode.AUDIT_MODE).scp().characters() < 5120);
    }

    @Test
    void render_tooManyProviders_reportsEveryLimitBroken() {
        PolicyLimitException e = assertThrows(PolicyLimitException.class,
                () -> new PolicyRenderer().render(withVendors(2001), AS_OF, EnforcementMode.ENABLED));

        List<String> broken = e.violations().stream().map(v -> v.kind() + " " + v.what()).toList();
        assertEquals(List.of("DECLARATIVE_POLICY_EC2 image criteria", "DECLARATIVE_POLICY_EC2 characters",
                "SERVICE_CONTROL_POLICY characters"), broken);
        assertEquals(11, e.violations().get(0).actual());
    }

    @Test
    void documentCharacters_countsCodePointsNotUtf16Units() {
        PolicyDocument document = new PolicyDocument(PolicyKind.SERVICE_CONTROL_POLICY, "a\uD83D\uDE00é");

        assertEquals(3, document.characters());
        assertEquals(7, document.bytes().length);
        assertFalse(document.content().isEmpty());
    }
}

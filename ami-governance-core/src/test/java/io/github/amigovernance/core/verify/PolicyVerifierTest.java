package io.github.amigovernance.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

final class PolicyVerifierTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);
    private static final String DECLARATIVE = "dist/declarative-policy-ec2.json";
    private static final String SCP = "dist/scp-ami-guardrail.json";

    private static final GovernanceConfig CONFIG = GovernanceConfig
            .builder(OpsPublisher.of(AccountId.of("123456738923")))
            .vendor(VendorPublisher.of(AccountId.of("111122223333"), "InfoBlox"))
            .vendor(VendorPublisher.of(AccountId.of("222233334444"), "Example"))
            .providerAlias(ProviderAlias.AMAZON)
            .exceptionMessage(Optional.of("Not approved"))
            .exception(ExceptionAccount.of(AccountId.of("444455556666"), LocalDate.of(2027, 2, 15), "m", "CLOUD-2041"))
            .exception(ExceptionAccount.of(AccountId.of("777788889999"), LocalDate.of(2026, 2, 28), "m", "CLOUD-1234"))
            .build();

    private final PolicyVerifier verifier = new PolicyVerifier();

    private static RenderedPolicies render(EnforcementMode mode) {
        return new PolicyRenderer().render(CONFIG, AS_OF, mode);
    }

    private VerificationResult verify(String declarative, String scp) {
        return verifier.verify(CONFIG, AS_OF, new PolicyFile(DECLARATIVE, declarative.getBytes(StandardCharsets.UTF_8)),
                new PolicyFile(SCP, scp.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> codes(VerificationResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @ParameterizedTest
    @EnumSource(EnforcementMode.class)
    void verify_freshlyRendered_findsNothing(EnforcementMode mode) {
        RenderedPolicies policies = render(mode);

        VerificationResult result = verify(policies.declarative().content(), policies.scp().content());

        assertEquals(List.of(), result.findings());
        assertEquals(Optional.of(mode), result.mode());
        assertEquals(2, result.sizes().size());
    }

    @Test
    void verify_prettyRendered_findsNothing() {
        RenderedPolicies policies = new PolicyRenderer(PolicyLimits.DEFAULTS, OutputStyle.PRETTY)
                .render(CONFIG, AS_OF, EnforcementMode.ENABLED);

        assertEquals(List.of(), verify(policies.declarative().content(), policies.scp().content()).findings());
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("a vendor removed from the declarative policy",
                        (UnaryOperator<String>) d -> d.replace("\"222233334444\",", ""), null,
                        List.of("DECLARATIVE_PROVIDERS_MISMATCH", "POLICIES_DISAGREE"),
                        "222233334444 (vendor Example)"),
                Arguments.of("a stranger added to the SCP owners", null,
                        (UnaryOperator<String>) s -> s.replace("\"amazon\"]", "\"amazon\",\"999999999999\"]"),
                        List.of("SCP_OWNERS_MISMATCH", "POLICIES_DISAGREE"), "999999999999 (not in the config)"),
                Arguments.of("the expired exception left in both files",
                        (UnaryOperator<String>) d -> d.replace("\"amazon\"]", "\"777788889999\",\"amazon\"]"),
                        (UnaryOperator<String>) s -> s.replace("\"amazon\"]", "\"777788889999\",\"amazon\"]"),
                        List.of("DECLARATIVE_PROVIDERS_MISMATCH", "SCP_OWNERS_MISMATCH"),
                        "777788889999 (exception CLOUD-1234, expired after 2026-02-28)"),
                Arguments.of("a publisher exemption added", null,
                        (UnaryOperator<String>) s -> s.replaceFirst("\"444455556666\"]}}",
                                "\"444455556666\",\"111122223333\"]}}"),
                        List.of("SCP_PUBLISHERS_MISMATCH"), "111122223333 (vendor InfoBlox)"),
                Arguments.of("the declarative policy switched to audit mode",
                        (UnaryOperator<String>) d -> d.replace("\"enabled\"", "\"audit_mode\""), null,
                        List.of("MODE_MISMATCH"), "was rendered for enabled"),
                Arguments.of("the lock removed", (UnaryOperator<String>) d -> d.replaceFirst(
                        ",\"@@operators_allowed_for_child_policies\":\\[\"@@none\"]", ""), null,
                        List.of("POLICY_NOT_LOCKED"), "exception_message"),
                Arguments.of("image block public access turned off",
                        (UnaryOperator<String>) d -> d.replace("block_new_sharing", "unblocked"), null,
                        List.of("BLOCK_PUBLIC_ACCESS_OFF"), "\"unblocked\""),
                Arguments.of("an action dropped", null,
                        (UnaryOperator<String>) s -> s.replace("\"ec2:ImportVolume\",", ""),
                        List.of("SCP_STATEMENT_CHANGED"), "missing [ec2:ImportVolume]"),
                Arguments.of("the owner condition moved to instances", null,
                        (UnaryOperator<String>) s -> s.replace("arn:aws:ec2:*::image/*", "arn:aws:ec2:*:*:instance/*"),
                        List.of("SCP_STATEMENT_CHANGED"), "the only resource ec2:Owner describes"),
                Arguments.of("a principal added", null,
                        (UnaryOperator<String>) s -> s.replaceFirst("\"Effect\":\"Deny\"",
                                "\"Effect\":\"Deny\",\"Principal\":\"*\""),
                        List.of("POLICY_SHAPE"), "SCPs do not support it"),
                Arguments.of("the exception message edited",
                        (UnaryOperator<String>) d -> d.replace("Not approved", "Nope"), null,
                        List.of("EXCEPTION_MESSAGE_MISMATCH"), "differs from the config's"),
                Arguments.of("a statement duplicated", null,
                        (UnaryOperator<String>) s -> s.replace("\"*\"}]}", "\"*\"},{\"Sid\":"
                                + "\"DenyDisablingImageBlockPublicAccess\",\"Effect\":\"Deny\",\"Action\":"
                                + "[\"ec2:DisableImageBlockPublicAccess\"],\"Resource\":\"*\"}]}"),
                        List.of("POLICY_SHAPE"), "a Sid used once"),
                Arguments.of("trailing garbage", null, (UnaryOperator<String>) s -> s + "}",
                        List.of("POLICY_FILE_INVALID"), "unexpected content after the end"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edits")
    void verify_editedFile_reportsWhatDiffers(String edit, UnaryOperator<String> declarativeEdit,
            UnaryOperator<String> scpEdit, List<String> expectedCodes, String expectedText) {
        RenderedPolicies policies = render(EnforcementMode.ENABLED);
        String declarative = policies.declarative().content();
        String scp = policies.scp().content();
        String editedDeclarative = declarativeEdit == null ? declarative : declarativeEdit.apply(declarative);
        String editedScp = scpEdit == null ? scp : scpEdit.apply(scp);
        assertFalse(editedDeclarative.equals(declarative) && editedScp.equals(scp), "the edit changed nothing");

        VerificationResult result = verify(editedDeclarative, editedScp);

        assertTrue(result.hasErrors());
        assertTrue(codes(result).containsAll(expectedCodes), codes(result).toString());
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains(expectedText)),
                () -> "no finding mentions " + expectedText + ": " + result.findings());
    }

    @Test
    void verify_oneAccountMissing_namesItAsTheFindingsAccount() {
        RenderedPolicies policies = render(EnforcementMode.AUDIT_MODE);

        VerificationResult result = verify(policies.declarative().content().replace("\"222233334444\",", ""),
                policies.scp().content());

        Finding finding = result.findings().get(0);
        assertEquals("DECLARATIVE_PROVIDERS_MISMATCH", finding.code());
        assertEquals(Optional.of(AccountId.of("222233334444")), finding.accountId());
        assertEquals(Severity.ERROR, finding.severity());
    }

    @Test
    void verify_tooLargeForLegacyLimit_reportsSize() {
        RenderedPolicies policies = render(EnforcementMode.ENABLED);
        PolicyVerifier strict = new PolicyVerifier(PolicyLimits.DEFAULTS.withScpMaxCharacters(500));

        VerificationResult result = strict.verify(CONFIG, AS_OF,
                new PolicyFile(DECLARATIVE, policies.declarative().bytes()),
                new PolicyFile(SCP, policies.scp().bytes()));

        assertEquals(List.of("POLICY_TOO_LARGE"), codes(result));
        assertTrue(result.findings().get(0).message().contains("limit of 500"));
    }

    @Test
    void verify_notUtf8_isAnErrorFinding() {
        RenderedPolicies policies = render(EnforcementMode.ENABLED);

        VerificationResult result = verifier.verify(CONFIG, AS_OF,
                new PolicyFile(DECLARATIVE, new byte[] {(byte) 0xff}),
                new PolicyFile(SCP, policies.scp().bytes()));

        assertEquals(List.of("POLICY_FILE_INVALID"), codes(result));
    }

    @Test
    void verifyDirectory_missingFiles_reportsEachAsAnError(@TempDir Path dir) {
        VerificationResult result = verifier.verifyDirectory(CONFIG, AS_OF, dir);

        assertEquals(List.of("POLICY_FILE_MISSING", "POLICY_FILE_MISSING"), codes(result));
    }

    @Test
    void verifyDirectory_noSuchFolder_isBadInput(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> verifier.verifyDirectory(CONFIG, AS_OF, dir.resolve("dist")));

        assertTrue(e.getMessage().contains("no such folder"));
    }

    @Test
    void configChecks_repeatedVendor_warns() {
        GovernanceConfig config = CONFIG.toBuilder()
                .vendor(VendorPublisher.of(AccountId.of("111122223333"), "InfoBlox again"))
                .vendor(VendorPublisher.of(AccountId.of("123456738923"), "Ops by mistake"))
                .build();

        List<Finding> findings = ConfigChecks.check(config);

        assertEquals(List.of("DUPLICATE_VENDOR", "OPS_LISTED_AS_VENDOR"),
                findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("vendor_publisher_accounts[2] (InfoBlox again)"));
        assertTrue(findings.stream().noneMatch(Finding::isError));
    }
}

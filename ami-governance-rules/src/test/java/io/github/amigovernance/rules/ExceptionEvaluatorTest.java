package io.github.amigovernance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.model.ExceptionTypePolicy;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import io.github.amigovernance.rules.engine.ExceptionUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ExceptionEvaluatorTest {

    private static final LocalDate TODAY = Requests.TODAY;
    private static final AccountId OPS = AccountId.of("123456738923");
    private static final AccountId VENDOR = AccountId.of("111122223333");
    private static final GovernanceConfig CONFIG = GovernanceConfig.builder(OpsPublisher.of(OPS))
            .vendor(VendorPublisher.of(VENDOR, "InfoBlox"))
            .build();

    private final ExceptionEvaluator evaluator = new ExceptionEvaluator();

    private Decision evaluate(Requests request) {
        return evaluator.evaluate(request.build(), CONFIG, TODAY);
    }

    private static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    @Test
    void ruleUnit_isTheOneGeneratedAtBuildTime() {
        assertEquals(ExceptionUnit.class.getName() + "RuleUnit", ExceptionEvaluator.ruleUnit().getClass().getName());
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.drools.drl.parser.DrlParser"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.eclipse.jdt.internal.compiler.Compiler"));
    }

    @Test
    void ruleUnit_isLoadedOncePerProcess() {
        new ExceptionEvaluator().evaluate(Requests.migration().build(), CONFIG, TODAY);

        assertSame(ExceptionEvaluator.ruleUnit(), ExceptionEvaluator.ruleUnit());
    }

    @Test
    void evaluate_completeApprovedRequest_isApprovedWithNoFindings() {
        Decision decision = evaluate(Requests.migration());

        assertEquals(Outcome.APPROVED, decision.outcome());
        assertEquals(List.of(), decision.findings());
        assertEquals(List.of(), decision.missingApprovals());
        assertEquals(LocalDate.of(2027, 3, 3), decision.maxExpiresOn());
    }

    static Stream<Arguments> typeMaxima() {
        return Stream.of(
                Arguments.of("migration", 90, new String[] {"security-lead", "cloud-architect"}),
                Arguments.of("vendor_poc", 60, new String[] {"engineering-manager", "cto"}),
                Arguments.of("emergency", 30, new String[] {"security-lead", "vp-engineering"}));
    }

    @ParameterizedTest
    @MethodSource("typeMaxima")
    void evaluate_exactlyTheTypeMaximum_isApproved(String type, int maxDays, String[] roles) {
        Decision decision = evaluate(Requests.ofType(type, roles).days(maxDays));

        assertEquals(Outcome.APPROVED, decision.outcome(), decision.findings().toString());
        assertEquals(TODAY.plusDays(maxDays), decision.maxExpiresOn());
    }

    @ParameterizedTest
    @MethodSource("typeMaxima")
    void evaluate_oneDayOverTheTypeMaximum_isRejected(String type, int maxDays, String[] roles) {
        Decision decision = evaluate(Requests.ofType(type, roles).days(maxDays + 1));

        assertEquals(Outcome.REJECTED, decision.outcome());
        assertEquals(List.of("DURATION_EXCEEDS_TYPE_MAX"), codes(decision.reasons()));
        assertTrue(decision.reasons().get(0).message().contains("must expire on " + TODAY.plusDays(maxDays)
                + " at the latest"), decision.reasons().get(0).message());
        assertEquals("duration-exceeds-type-maximum", decision.reasons().get(0).rule());
    }

    @Test
    void evaluate_migrationFromDecemberThird_mayRunToMarchThirdButNotFourth() {
        assertEquals(Outcome.APPROVED, evaluate(Requests.migration().expiresOn(LocalDate.of(2027, 3, 3))).outcome());
        assertEquals(Outcome.REJECTED, evaluate(Requests.migration().expiresOn(LocalDate.of(2027, 3, 4))).outcome());
    }

    @ParameterizedTest
    @MethodSource("typeMaxima")
    void evaluate_eachRoleOfTheMatrixMissing_isPendingOnThatRole(String type, int maxDays, String[] roles) {
        for (int missing = 0; missing < roles.length; missing++) {
            String present = roles[1 - missing];

            Decision decision = evaluate(Requests.ofType(type, present).days(maxDays));

            assertEquals(Outcome.PENDING_APPROVAL, decision.outcome());
            assertEquals(List.of(roles[missing]), decision.missingApprovals());
            assertEquals(List.of("MISSING_APPROVAL"), codes(decision.findings()));
            assertEquals(Severity.WARNING, decision.findings().get(0).severity());
        }
    }

    @Test
    void evaluate_noApprovals_listsMissingRolesInPolicyOrder() {
        Decision decision = evaluate(Requests.ofType("vendor_poc"));

        assertEquals(Outcome.PENDING_APPROVAL, decision.outcome());
        assertEquals(List.of("engineering-manager", "cto"), decision.missingApprovals());
    }

    static Stream<Arguments> incompleteRequests() {
        return Stream.of(
                Arguments.of(Requests.migration().justification(""), "JUSTIFICATION_MISSING"),
                Arguments.of(Requests.migration().exitPlan("  "), "EXIT_PLAN_MISSING"),
                Arguments.of(Requests.migration().technicalContact(""), "TECHNICAL_CONTACT_MISSING"),
                Arguments.of(Requests.migration().sponsor(""), "SPONSOR_MISSING"),
                Arguments.of(Requests.migration().expiresOn(TODAY.minusDays(1)).start(TODAY.minusDays(10)),
                        "EXPIRY_IN_PAST"),
                Arguments.of(Requests.migration().start(TODAY.plusDays(10)).expiresOn(TODAY.plusDays(9)),
                        "EXPIRY_BEFORE_START"),
                Arguments.of(Requests.migration().approval("cto", TODAY.plusDays(1)), "APPROVAL_IN_FUTURE"));
    }

    @ParameterizedTest
    @MethodSource("incompleteRequests")
    void evaluate_requestBreakingARule_isRejectedWithThatReason(Requests request, String code) {
        Decision decision = evaluate(request);

        assertEquals(Outcome.REJECTED, decision.outcome());
        assertTrue(codes(decision.reasons()).contains(code), decision.findings().toString());
        assertTrue(decision.reasons().stream().allMatch(f -> f.accountId().equals(Optional.of(Requests.ACCOUNT))));
    }

    @Test
    void evaluate_approvedAfterItsStart_isRejectedAndSaysWhichDayWorks() {
        Decision decision = evaluate(Requests.migration().start(TODAY.minusDays(5)).days(30)
                .approval("security-lead", TODAY.minusDays(2)));

        assertEquals(List.of("APPROVAL_AFTER_START"), codes(decision.reasons()));
        assertTrue(decision.reasons().get(0).message().contains("move start_date to 2026-12-02 or later"));
        assertTrue(codes(decision.findings()).contains("START_IN_PAST"));
    }

    @Test
    void evaluate_severalGaps_reportsEveryReasonErrorsFirst() {
        Decision decision = evaluate(Requests.ofType("emergency", "security-lead").justification("").sponsor("")
                .days(31));

        assertEquals(Outcome.REJECTED, decision.outcome());
        assertEquals(List.of("DURATION_EXCEEDS_TYPE_MAX", "JUSTIFICATION_MISSING", "SPONSOR_MISSING",
                "MISSING_APPROVAL"), codes(decision.findings()));
        assertEquals(List.of("vp-engineering"), decision.missingApprovals());
    }

    @Test
    void evaluate_requestForAVendor_warnsThatItIsRedundant() {
        Decision decision = evaluate(Requests.migration().account(VENDOR));

        assertEquals(Outcome.APPROVED, decision.outcome());
        assertEquals(List.of("REDUNDANT_EXCEPTION"), codes(decision.findings()));
        assertTrue(decision.findings().get(0).message().contains("the vendor publisher InfoBlox"));
    }

    private static GovernanceConfig withHistory(LocalDate start, LocalDate end) {
        return CONFIG.toBuilder().exception(new ExceptionAccount(Requests.ACCOUNT, Optional.of("migration"), end,
                "first migration window", "CLOUD-1", Optional.empty(), List.of("security-lead", "cloud-architect"),
                Optional.of(start), Optional.empty())).build();
    }

    @Test
    void evaluate_renewalPastTheCeiling_needsTheExtensionApproverAndAReason() {
        GovernanceConfig config = withHistory(TODAY.minusDays(60), TODAY.minusDays(1));

        Decision decision = evaluator.evaluate(Requests.migration().days(40).build(), config, TODAY);

        assertEquals(Outcome.REJECTED, decision.outcome());
        assertEquals(List.of("EXTENSION_JUSTIFICATION_MISSING", "EXTENSION_APPROVAL_REQUIRED"),
                codes(decision.findings()));
        assertEquals(List.of("chief-architect"), decision.missingApprovals());
        assertTrue(decision.findings().get(1).message().contains("100 days long (2026-10-04 to 2027-01-12)"),
                decision.findings().get(1).message());
    }

    @Test
    void evaluate_renewalPastTheCeilingWithReasonButNoApprover_isPending() {
        GovernanceConfig config = withHistory(TODAY.minusDays(60), TODAY.minusDays(1));

        Decision decision = evaluator.evaluate(Requests.migration().days(40)
                .extensionJustification("Vendor appliance certification slipped a quarter").build(), config, TODAY);

        assertEquals(Outcome.PENDING_APPROVAL, decision.outcome());
        assertEquals(List.of("chief-architect"), decision.missingApprovals());
    }

    @Test
    void evaluate_renewalPastTheCeilingFullyApproved_isApproved() {
        GovernanceConfig config = withHistory(TODAY.minusDays(60), TODAY.minusDays(1));

        Decision decision = evaluator.evaluate(Requests.migration()
                .approvedBy("security-lead", "cloud-architect", "chief-architect").days(40)
                .extensionJustification("Vendor appliance certification slipped a quarter").build(), config, TODAY);

        assertEquals(Outcome.APPROVED, decision.outcome(), decision.findings().toString());
    }

    @Test
    void evaluate_renewalAfterAOneDayGap_isNotAChain() {
        GovernanceConfig config = withHistory(TODAY.minusDays(60), TODAY.minusDays(2));

        Decision decision = evaluator.evaluate(Requests.migration().days(40).build(), config, TODAY);

        assertEquals(Outcome.APPROVED, decision.outcome(), decision.findings().toString());
    }

    @Test
    void judgeSample_thePreloadRequest_firesTheRulesItIsMeantToLoad() {
        Decision decision = ExceptionEvaluator.judgeSample();

        assertEquals(List.of("SPONSOR_MISSING", "MISSING_APPROVAL"), codes(decision.findings()), decision.toString());
        assertEquals(List.of("cloud-architect"), decision.missingApprovals());
    }

    @Test
    void evaluate_configsInTurnOnOneThread_eachDecidesWithItsOwnHistoryAndPublishers() {
        GovernanceConfig chained = withHistory(TODAY.minusDays(60), TODAY.minusDays(1));
        GovernanceConfig noVendor = GovernanceConfig.builder(OpsPublisher.of(OPS)).build();
        ExceptionRequest renewal = Requests.migration().days(40).build();
        ExceptionRequest forVendor = Requests.migration().account(VENDOR).build();

        for (int round = 0; round < 3; round++) {
            assertEquals(Outcome.REJECTED, evaluator.evaluate(renewal, chained, TODAY).outcome());
            assertEquals(Outcome.APPROVED, evaluator.evaluate(renewal, CONFIG, TODAY).outcome());
            assertEquals(List.of("REDUNDANT_EXCEPTION"),
                    codes(evaluator.evaluate(forVendor, CONFIG, TODAY).findings()));
            assertEquals(List.of(), evaluator.evaluate(forVendor, noVendor, TODAY).findings());
        }
    }

    @Test
    void evaluate_chainOfExactlyTheCeiling_needsNoExtension() {
        GovernanceConfig config = withHistory(TODAY.minusDays(50), TODAY.minusDays(1));

        Decision decision = evaluator.evaluate(Requests.migration().days(40).build(), config, TODAY);

        assertEquals(Outcome.APPROVED, decision.outcome(), decision.findings().toString());
    }

    @Test
    void evaluate_policyOverride_appliesTheConfiguredMaximumAndRoles() {
        TreeMap<String, ExceptionTypePolicy> types = new TreeMap<>(ExceptionPolicy.DEFAULTS.types());
        types.put("migration", new ExceptionTypePolicy("migration", 45, List.of("platform-owner")));
        GovernanceConfig config = CONFIG.toBuilder()
                .exceptionPolicy(new ExceptionPolicy(types, 60, "cto", 7)).build();

        Decision tooLong = evaluator.evaluate(Requests.migration().days(46).build(), config, TODAY);
        Decision pending = evaluator.evaluate(Requests.migration().days(45).build(), config, TODAY);

        assertEquals(Outcome.REJECTED, tooLong.outcome());
        assertEquals(TODAY.plusDays(45), tooLong.maxExpiresOn());
        assertEquals(Outcome.PENDING_APPROVAL, pending.outcome());
        assertEquals(List.of("platform-owner"), pending.missingApprovals());
    }

    @Test
    void evaluate_typeTheConfigDoesNotDefine_isRejected() {
        Decision decision = evaluate(Requests.ofType("audit", "x"));

        assertEquals(List.of("TYPE_UNKNOWN"), codes(decision.reasons()));
    }
}

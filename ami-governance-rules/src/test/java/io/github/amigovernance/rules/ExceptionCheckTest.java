package io.github.amigovernance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.verify.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ExceptionCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final AccountId OPS = AccountId.of("123456738923");
    private static final AccountId ACCOUNT = AccountId.of("777788889999");

    private final ExceptionEvaluator evaluator = new ExceptionEvaluator();

    private static GovernanceConfig config(ExceptionAccount... exceptions) {
        return GovernanceConfig.builder(OpsPublisher.of(OPS)).exceptions(List.of(exceptions)).build();
    }

    private static ExceptionAccount seed(LocalDate expiresOn) {
        return ExceptionAccount.of(ACCOUNT, expiresOn, "Migration from legacy pipeline", "CLOUD-1234");
    }

    private static ExceptionAccount typed(LocalDate approved, LocalDate expiresOn, String... approvers) {
        return new ExceptionAccount(ACCOUNT, Optional.of("migration"), expiresOn, "r", "CLOUD-2041",
                Optional.of("team"), List.of(approvers), Optional.of(approved), Optional.empty());
    }

    private static ExceptionAccount started(LocalDate approved, LocalDate start, LocalDate expiresOn) {
        return new ExceptionAccount(ACCOUNT, Optional.of("migration"), expiresOn, "r", "CLOUD-3001",
                Optional.of("team"), List.of("security-lead", "cloud-architect"), Optional.of(approved),
                Optional.of(start));
    }

    private List<String> codes(GovernanceConfig config) {
        return evaluator.check(config, TODAY, 14).stream().map(Finding::code).toList();
    }

    @Test
    void check_expiredSeedEntry_isOneErrorNamingTheAccountAndDay() {
        ExceptionReport report = evaluator.report(config(seed(LocalDate.of(2026, 2, 28))), TODAY, 14);

        ExceptionStatus status = report.exceptions().get(0);
        assertEquals(ExceptionStatus.State.EXPIRED, status.state());
        assertEquals(-278, status.daysLeft());
        assertEquals(1, status.findings().size());
        Finding finding = status.findings().get(0);
        assertEquals("EXPIRED", finding.code());
        assertEquals(Optional.of(ACCOUNT), finding.accountId());
        assertTrue(finding.message().startsWith("exception CLOUD-1234 (exception_accounts[0]) for 777788889999 expired"
                + " on 2026-02-28 (278 days ago)"), finding.message());
        assertTrue(report.anyExpired());
    }

    @Test
    void check_seedEntryBeforeItsExpiry_givesWarningsOnly() {
        List<Finding> findings = evaluator.check(config(seed(TODAY.plusDays(30))), TODAY, 14);

        assertEquals(List.of("TYPE_MISSING"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.stream().noneMatch(Finding::isError));
    }

    @Test
    void check_expiryWindowBoundaries() {
        assertEquals(List.of("TYPE_MISSING"), codes(config(seed(TODAY.plusDays(15)))));
        assertEquals(List.of("EXPIRES_SOON", "TYPE_MISSING"), codes(config(seed(TODAY.plusDays(14)))));
        assertEquals(List.of("EXPIRES_SOON", "TYPE_MISSING"), codes(config(seed(TODAY))));
        assertEquals(List.of("EXPIRED"), codes(config(seed(TODAY.minusDays(1)))));
    }

    @Test
    void check_lastDay_saysSo() {
        Finding soon = evaluator.check(config(seed(TODAY)), TODAY, 14).get(0);

        assertTrue(soon.message().contains("today is its last day"), soon.message());
    }

    @Test
    void check_widerWarningWindow_warnsEarlier() {
        assertEquals(List.of("EXPIRES_SOON", "TYPE_MISSING"), evaluator.check(config(seed(TODAY.plusDays(30))), TODAY,
                30).stream().map(Finding::code).toList());
    }

    @Test
    void check_typedEntryWithOneApprover_warnsAboutTheOther() {
        List<Finding> findings = evaluator.check(config(typed(TODAY.minusDays(10), TODAY.plusDays(60),
                "security-lead")), TODAY, 14);

        assertEquals(List.of("MISSING_APPROVAL"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.get(0).message().contains("cloud-architect"));
    }

    @Test
    void check_typedEntryLongerThanItsType_isAnError() {
        List<Finding> findings = evaluator.check(config(typed(TODAY.minusDays(10), TODAY.plusDays(81),
                "security-lead", "cloud-architect")), TODAY, 14);

        assertEquals(List.of("DURATION_EXCEEDS_TYPE_MAX"), findings.stream().map(Finding::code).toList());
    }

    @Test
    void check_renewalChainInTheConfig_needsTheExtensionApprover() {
        GovernanceConfig config = config(
                typed(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 20), "security-lead", "cloud-architect"),
                typed(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 2, 15), "security-lead", "cloud-architect"));

        ExceptionReport report = evaluator.report(config, TODAY, 14);

        assertEquals(List.of(), report.exceptions().get(0).findings());
        assertEquals(List.of("EXTENSION_APPROVAL_REQUIRED"),
                report.exceptions().get(1).findings().stream().map(Finding::code).toList());
    }

    @Test
    void check_exceptionForTheOpsPublisher_isRedundant() {
        GovernanceConfig config = config(ExceptionAccount.of(OPS, TODAY.plusDays(60), "r", "T-9"));

        assertEquals(List.of("REDUNDANT_EXCEPTION", "TYPE_MISSING"), codes(config));
    }

    @Test
    void check_approvalDatedAfterTheCheckDay_isAWarning() {
        List<Finding> findings = evaluator.check(config(typed(TODAY.plusDays(10), TODAY.plusDays(30), "security-lead",
                "cloud-architect")), TODAY, 14);

        assertEquals(List.of("APPROVAL_IN_FUTURE"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.stream().noneMatch(Finding::isError));
    }

    @Test
    void check_expiryBeforeApproval_isAnError() {
        assertEquals(List.of("EXPIRY_BEFORE_START", "APPROVAL_IN_FUTURE"),
                codes(config(typed(TODAY.plusDays(30), TODAY.plusDays(20), "security-lead", "cloud-architect"))));
    }

    @Test
    void check_approvedTheDayBeforeItsStart_countsTheDurationFromTheStart() {
        GovernanceConfig config = config(started(TODAY.minusDays(1), TODAY, TODAY.plusDays(90)));

        assertEquals(List.of(), codes(config));
    }

    @Test
    void check_withoutAStartDate_countsTheDurationFromTheApproval() {
        GovernanceConfig config = config(typed(TODAY.minusDays(1), TODAY.plusDays(90), "security-lead",
                "cloud-architect"));

        assertEquals(List.of("DURATION_EXCEEDS_TYPE_MAX"), codes(config));
    }

    @Test
    void check_startedBeforeItsApproval_warns() {
        List<Finding> findings = evaluator.check(config(started(TODAY.minusDays(1), TODAY.minusDays(5),
                TODAY.plusDays(30))), TODAY, 14);

        assertEquals(List.of("APPROVAL_AFTER_START"), findings.stream().map(Finding::code).toList());
        assertTrue(findings.stream().noneMatch(Finding::isError));
    }

    @Test
    void check_noExceptions_findsNothing() {
        assertEquals(List.of(), codes(config()));
    }
}

package io.github.amigovernance.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.rules.Decision;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmarks measure what they say: configs of the stated sizes that load, render and check. */
final class BenchmarkInputsTest {

    @ParameterizedTest
    @CsvSource({"10, 100, 1", "10, 1000, 10", "10, 10000, 100", "100, 100, 1", "450, 100, 1", "0, 0, 0", "2, 2, 0",
        "2, 4, 1", "10, 7, 1"})
    void config_anySize_hasThoseEntriesAndRendersWithinTheLimits(int vendors, int exceptions, int active) {
        GovernanceConfig config = BenchmarkInputs.config(vendors, exceptions);

        assertEquals(vendors, config.vendorPublishers().size());
        assertEquals(exceptions, config.exceptions().size());
        Allowlist allowlist = Allowlist.of(config, BenchmarkInputs.AS_OF);
        assertEquals(active, allowlist.activeExceptions().size());
        assertEquals(active, BenchmarkInputs.activeAccounts(exceptions));
        assertEquals(exceptions - active, allowlist.expiredExceptions().size());
        RenderedPolicies policies = new PolicyRenderer().render(config, BenchmarkInputs.AS_OF, EnforcementMode.ENABLED);
        assertEquals(1 + vendors + active + 1, policies.allowlist().providers().size());
    }

    @Test
    void config_sameSizes_sameText() {
        assertEquals(BenchmarkInputs.configJson(100, 1000), BenchmarkInputs.configJson(100, 1000));
    }

    @Test
    void check_history_reportsEachExpiredEntryAndNothingElse() {
        GovernanceConfig config = BenchmarkInputs.config(10, 1000);

        List<Finding> findings = new ExceptionEvaluator().check(config, BenchmarkInputs.AS_OF, 14);

        assertEquals(1000 - 10, findings.size());
        assertTrue(findings.stream().allMatch(f -> f.code().equals("EXPIRED")), findings.toString());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void request_eitherKind_isJudgedAsItsNameSays(boolean bothApprovals) {
        Decision decision = new ExceptionEvaluator().evaluate(BenchmarkInputs.request(bothApprovals),
                BenchmarkInputs.config(2, 4), BenchmarkInputs.AS_OF);

        assertEquals(bothApprovals ? Outcome.APPROVED : Outcome.PENDING_APPROVAL, decision.outcome(),
                decision.toString());
        assertEquals(bothApprovals ? 0 : 1, decision.findings().size(), decision.toString());
    }

    @Test
    void configJson_negativeSize_isRefusedWithTheSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkInputs.configJson(-1, 5));

        assertTrue(e.getMessage().contains("-1 vendors"), e.getMessage());
    }
}

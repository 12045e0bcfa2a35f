package io.github.amigovernance.core.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.verify.PolicyFile;
import io.github.amigovernance.core.verify.PolicyVerifier;
import io.github.amigovernance.testkit.Outcome;
import io.github.amigovernance.testkit.config.Aliases;
import io.github.amigovernance.testkit.policy.DeclarativeFacts;
import io.github.amigovernance.testkit.policy.ScpFacts;
import io.github.amigovernance.testkit.policy.StructuralChecks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Fuzzes the path from config text to policy files and back: whatever loads renders to a pair
 * that reads back (with the test kit's own reader) to the allowlist the config defines, passes the
 * structural checks, and satisfies the project's verifier, on a fixed day and on the expiry day of
 * the first exceptions and the day after, in both modes.
 */
final class RenderReadBackFuzzTest {

    private static final ConfigLoader LOADER = new ConfigLoader();
    private static final PolicyLimits ROOMY = new PolicyLimits(Integer.MAX_VALUE, Integer.MAX_VALUE,
            PolicyLimits.DEFAULTS.providersPerCriterion(), PolicyLimits.DEFAULTS.maxCriteria());
    private static final PolicyRenderer RENDERER = new PolicyRenderer(ROOMY, OutputStyle.COMPACT);
    private static final PolicyVerifier VERIFIER = new PolicyVerifier(ROOMY);
    private static final LocalDate FIXED_DAY = LocalDate.of(2026, 12, 3);
    private static final int EXPIRY_DAYS_CHECKED = 3;

    @FuzzTest(maxDuration = "60s")
    void loadedConfigsRenderToPoliciesThatReadBackToTheirAllowlist(@NotNull byte[] input) {
        Optional<GovernanceConfig> loaded = FuzzChecks.parsedOrRejected(input,
                bytes -> LOADER.parse(bytes, FuzzChecks.SOURCE));
        if (loaded.isEmpty()) {
            return;
        }
        GovernanceConfig config = loaded.get();
        for (LocalDate day : days(config)) {
            for (EnforcementMode mode : EnforcementMode.values()) {
                check(config, day, mode);
            }
        }
    }

    private static void check(GovernanceConfig config, LocalDate day, EnforcementMode mode) {
        Outcome<RenderedPolicies, PolicyLimitException> rendered = Outcome.of(PolicyLimitException.class,
                () -> RENDERER.render(config, day, mode));
        if (rendered.failure().isPresent()) {
            return; // more providers than ten criteria hold; the limit properties cover that path
        }
        RenderedPolicies policies = rendered.value().get();
        String declarative = policies.declarative().content();
        String scp = policies.scp().content();
        SortedSet<String> accounts = new TreeSet<>();
        SortedSet<String> publishers = new TreeSet<>();
        accounts.add(config.opsPublisher().accountId().value());
        publishers.add(config.opsPublisher().accountId().value());
        for (VendorPublisher vendor : config.vendorPublishers()) {
            accounts.add(vendor.accountId().value());
        }
        for (ExceptionAccount exception : config.exceptions()) {
            if (!day.isAfter(exception.expiresOn())) {
                accounts.add(exception.accountId().value());
                publishers.add(exception.accountId().value());
            }
        }
        SortedSet<String> providers = new TreeSet<>(accounts);
        SortedSet<String> owners = new TreeSet<>(accounts);
        for (ProviderAlias alias : config.providerAliases()) {
            providers.add(alias.declarativeName());
            owners.add(Aliases.scpName(alias.declarativeName()));
        }

        DeclarativeFacts declarativeFacts = DeclarativeFacts.read(declarative);
        ScpFacts scpFacts = ScpFacts.read(scp);
        assertEquals(List.copyOf(providers), declarativeFacts.providers(), "declarative providers on " + day);
        assertEquals(mode == EnforcementMode.ENABLED ? Optional.of(List.copyOf(owners)) : Optional.empty(),
                scpFacts.ownerAllowlist(), "SCP owners on " + day);
        assertEquals(List.copyOf(publishers), scpFacts.exemptionsFor("ec2:CreateImage"), "publishers on " + day);
        assertEquals(config.exceptionMessage(), declarativeFacts.exceptionMessage(), "exception message");
        assertEquals(List.of(), StructuralChecks.declarative(declarative), "declarative structure");
        assertEquals(List.of(), StructuralChecks.scp(scp), "SCP structure");
        assertEquals(List.of(), VERIFIER.verify(config, day,
                new PolicyFile("declarative-policy-ec2.json", policies.declarative().bytes()),
                new PolicyFile("scp-ami-guardrail.json", policies.scp().bytes())).findings(), "verifier findings");
    }

    private static List<LocalDate> days(GovernanceConfig config) {
        List<LocalDate> days = new ArrayList<>();
        days.add(FIXED_DAY);
        config.exceptions().stream().limit(EXPIRY_DAYS_CHECKED).forEach(e -> {
            days.add(e.expiresOn());
            days.add(e.expiresOn().plusDays(1));
        });
        return days;
    }
}

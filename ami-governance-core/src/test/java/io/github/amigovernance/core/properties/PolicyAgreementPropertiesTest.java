package io.github.amigovernance.core.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Shrinker;
import io.github.amigovernance.testkit.config.Aliases;
import io.github.amigovernance.testkit.config.ConfigCase;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.ExpectedAllowlist;
import io.github.amigovernance.testkit.config.Mode;
import io.github.amigovernance.testkit.config.Scenario;
import io.github.amigovernance.testkit.policy.DeclarativeFacts;
import io.github.amigovernance.testkit.policy.Ec2Vocabulary;
import io.github.amigovernance.testkit.policy.ScpFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The central promise: the declarative policy and the SCP always mean the same allowlist, and it
 * is the one the config defines, computed here by the test kit without the code under test.
 */
final class PolicyAgreementPropertiesTest {

    @Test
    void bothPoliciesAllowExactlyTheIndependentlyComputedAllowlist() {
        Property.named("bothPoliciesAllowExactlyTheIndependentlyComputedAllowlist")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .expectLabel("enabled", 0.3)
                .expectLabel("audit_mode", 0.3)
                .checkAndClassify(scenario -> {
                    RenderedPolicies policies = Rendering.render(scenario);
                    ExpectedAllowlist expected = scenario.expected();
                    List<String> providers = DeclarativeFacts.read(policies.declarative().content()).providers();
                    Optional<List<String>> owners = ScpFacts.read(policies.scp().content()).ownerAllowlist();

                    assertEquals(List.copyOf(expected.declarativeProviders()), providers,
                            "the declarative policy's providers, sorted, each once");
                    if (scenario.mode() == Mode.ENABLED) {
                        assertTrue(owners.isPresent(), "enabled mode denies launches from other owners");
                        assertEquals(List.copyOf(expected.scpOwners()), owners.get(), "the SCP's ec2:Owner list");
                        assertEquals(new TreeSet<>(owners.get()), providers.stream()
                                .map(p -> Aliases.CONFIG_NAMES.contains(p) ? Aliases.scpName(p) : p)
                                .collect(Collectors.toCollection(TreeSet::new)),
                                "the declarative providers in SCP spelling are the SCP's owners");
                    } else {
                        assertEquals(Optional.empty(), owners, "audit_mode leaves launches to Allowed AMIs");
                    }
                    return scenario.mode().value();
                });
    }

    @Test
    void scpExemptsExactlyTheOpsPublisherAndActiveExceptionsInBothModes() {
        Property.named("scpExemptsExactlyTheOpsPublisherAndActiveExceptionsInBothModes")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .expectLabel("active exceptions", 0.3)
                .expectLabel("ops publisher only", 0.2)
                .checkAndClassify(scenario -> {
                    ScpFacts scp = ScpFacts.read(Rendering.render(scenario).scp().content());
                    List<String> expected = List.copyOf(scenario.expected().internalPublishers());

                    for (String action : Ec2Vocabulary.CREATE_ACTIONS) {
                        assertEquals(expected, scp.exemptionsFor(action), "exempt from " + action);
                    }
                    assertEquals(expected, scp.exemptionsFor(Ec2Vocabulary.SHARE_ACTION), "exempt from sharing");
                    List<ScpFacts.Statement> disable = scp.denying(Ec2Vocabulary.DISABLE_BLOCK_PUBLIC_ACCESS);
                    assertEquals(1, disable.size(), "one statement denies disabling image block public access");
                    assertTrue(disable.get(0).conditions().isEmpty(), "nobody is exempt from that deny");
                    return expected.size() > 1 ? "active exceptions" : "ops publisher only";
                });
    }

    @Test
    void anExceptionIsInOnItsExpiryDayAndOutTheDayAfter() {
        Property.named("anExceptionIsInOnItsExpiryDayAndOutTheDayAfter")
                .forAll(expiryCases())
                .shrinkingWith(ExpiryCase.SHRINKER)
                .describedBy(ExpiryCase::describe)
                .tries(1000)
                .expectLabel("out the day after", 0.5)
                .checkAndClassify(expiry -> {
                    ConfigCase.ExceptionEntry exception = expiry.exception();
                    String account = exception.accountId();
                    LocalDate lastDay = exception.expiresOn();
                    Scenario onLastDay = expiry.scenario().withAsOf(lastDay);
                    Scenario dayAfter = expiry.scenario().withAsOf(lastDay.plusDays(1));

                    Allowed onIt = Allowed.read(Rendering.render(onLastDay));
                    assertTrue(onIt.providers().contains(account), account + " is allowed on its expiry day");
                    assertTrue(onIt.publishers().contains(account), account + " may publish on its expiry day");
                    if (onLastDay.mode() == Mode.ENABLED) {
                        assertTrue(onIt.owners().contains(account), account + " is an allowed owner on its expiry day");
                    }

                    Allowed after = Allowed.read(Rendering.render(dayAfter));
                    boolean stillProvider = stillAllowed(expiry, lastDay.plusDays(1), true);
                    boolean stillPublisher = stillAllowed(expiry, lastDay.plusDays(1), false);
                    assertEquals(stillProvider, after.providers().contains(account),
                            account + " as a provider the day after its expiry");
                    assertEquals(stillPublisher, after.publishers().contains(account),
                            account + " as a publisher the day after its expiry");
                    if (dayAfter.mode() == Mode.ENABLED) {
                        assertEquals(stillProvider, after.owners().contains(account),
                                account + " as an owner the day after its expiry");
                    }
                    return stillProvider ? "still allowed through another entry" : "out the day after";
                });
    }

    @Test
    void anExpiredExceptionRendersTheSamePoliciesAsNoException() {
        Property.named("anExpiredExceptionRendersTheSamePoliciesAsNoException")
                .forAll(ConfigGenerators.scenarios())
                .shrinkingWith(Scenario.SHRINKER)
                .describedBy(Scenario::describe)
                .tries(1000)
                .expectLabel("had expired exceptions", 0.3)
                .checkAndClassify(scenario -> {
                    List<ConfigCase.ExceptionEntry> active = scenario.config().exceptions().stream()
                            .filter(e -> !e.expiresOn().isBefore(scenario.asOf())).toList();
                    Scenario withoutExpired = scenario.withConfig(scenario.config().withExceptions(active));

                    RenderedPolicies with = Rendering.render(scenario);
                    RenderedPolicies without = Rendering.render(withoutExpired);

                    assertEquals(without.declarative().content(), with.declarative().content(), "declarative policy");
                    assertEquals(without.scp().content(), with.scp().content(), "SCP");
                    return active.size() < scenario.config().exceptions().size() ? "had expired exceptions"
                            : "no expired exception";
                });
    }

    /** Whether the account of the chosen exception is still allowed on {@code day} through another entry. */
    private static boolean stillAllowed(ExpiryCase expiry, LocalDate day, boolean asProvider) {
        ConfigCase config = expiry.scenario().config();
        String account = expiry.exception().accountId();
        if (config.ops().accountId().equals(account)) {
            return true;
        }
        if (asProvider && config.vendors().stream().anyMatch(v -> v.accountId().equals(account))) {
            return true;
        }
        return config.activeExceptionAccounts(day).contains(account);
    }

    private static Generator<ExpiryCase> expiryCases() {
        return source -> {
            Scenario scenario = ConfigGenerators.scenarios().next(source);
            List<ConfigCase.ExceptionEntry> exceptions = new ArrayList<>(scenario.config().exceptions());
            if (exceptions.isEmpty()) {
                exceptions.add(new ConfigCase.ExceptionEntry(ConfigGenerators.accountIds().next(source),
                        Optional.empty(), scenario.asOf(), "Migration", "CLOUD-1", Optional.empty(), Optional.empty(),
                        false, Optional.empty()));
                scenario = scenario.withConfig(scenario.config().withExceptions(exceptions));
            }
            return new ExpiryCase(scenario, source.between(0, exceptions.size() - 1));
        };
    }

    /** A scenario and the exception whose expiry is checked. */
    private record ExpiryCase(Scenario scenario, int index) {

        /** Shrinks the config around the chosen exception, which stays, moved to the front. */
        static final Shrinker<ExpiryCase> SHRINKER = c -> {
            List<ConfigCase.ExceptionEntry> others = new ArrayList<>(c.scenario().config().exceptions());
            ConfigCase.ExceptionEntry chosen = others.remove(c.index());
            return Scenario.CONFIG_SHRINKER.candidates(c.scenario().config().withExceptions(others)).map(smaller -> {
                List<ConfigCase.ExceptionEntry> exceptions = new ArrayList<>();
                exceptions.add(chosen);
                exceptions.addAll(smaller.exceptions());
                return new ExpiryCase(c.scenario().withConfig(smaller.withExceptions(exceptions)), 0);
            });
        };

        ConfigCase.ExceptionEntry exception() {
            return scenario.config().exceptions().get(index);
        }

        String describe() {
            return "exception_accounts[" + index + "] (" + exception().accountId() + ", expires_on "
                    + exception().expiresOn() + ") of " + scenario.describe();
        }
    }

    /** What a rendered pair allows, read back by the test kit. */
    private record Allowed(List<String> providers, List<String> owners, List<String> publishers) {

        static Allowed read(RenderedPolicies policies) {
            ScpFacts scp = ScpFacts.read(policies.scp().content());
            return new Allowed(DeclarativeFacts.read(policies.declarative().content()).providers(),
                    scp.ownerAllowlist().orElse(List.of()), scp.exemptionsFor("ec2:CreateImage"));
        }
    }
}

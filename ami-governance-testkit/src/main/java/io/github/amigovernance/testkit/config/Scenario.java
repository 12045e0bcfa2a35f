package io.github.amigovernance.testkit.config;

import io.github.amigovernance.testkit.Shrinker;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One rendering job: a config, the day to render it for, and the enforcement mode.
 *
 * @param config the config
 * @param asOf the day (UTC)
 * @param mode the enforcement mode
 */
public record Scenario(ConfigCase config, LocalDate asOf, Mode mode) {

    /**
     * Shrinks a scenario by dropping vendors, exceptions and aliases, keeping the day and mode.
     */
    public static final Shrinker<Scenario> SHRINKER = Shrinker.<Scenario, ConfigCase.Vendor>dropping(
                    s -> s.config().vendors(), (s, v) -> s.withConfig(s.config().withVendors(v)))
            .andThen(Shrinker.dropping(s -> s.config().exceptions(), (s, e) -> s.withConfig(s.config().withExceptions(e))))
            .andThen(Shrinker.dropping(s -> s.config().providerAliases(),
                    (s, a) -> s.withConfig(s.config().withProviderAliases(a))));

    /** Checks that no part is missing. */
    public Scenario {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(mode, "mode");
    }

    /** Returns a copy with another config. */
    public Scenario withConfig(ConfigCase newConfig) {
        return new Scenario(newConfig, asOf, mode);
    }

    /** Returns a copy for another day. */
    public Scenario withAsOf(LocalDate day) {
        return new Scenario(config, day, mode);
    }

    /** Returns a copy in another mode. */
    public Scenario withMode(Mode newMode) {
        return new Scenario(config, asOf, newMode);
    }

    /** Returns the allowlist the config means on the scenario's day, computed by the test kit. */
    public ExpectedAllowlist expected() {
        return ExpectedAllowlist.of(config, asOf);
    }

    /**
     * Returns the scenario as a person repeats it: the command-line options, then the config file.
     */
    public String describe() {
        return "--as-of " + asOf + " --mode " + mode + " (" + config.vendors().size() + " vendors, "
                + config.exceptions().size() + " exceptions, aliases " + config.providerAliases() + "), config:\n"
                + config.text();
    }

    @Override
    public String toString() {
        return describe();
    }
}

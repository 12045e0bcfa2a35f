package io.github.amigovernance.testkit.config;

import io.github.amigovernance.testkit.Shrinker;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rendering job: a config, the day to render it for, and the enforcement mode.
 *
 * @param config the config
 * @param asOf the day (UTC)
 * @param mode the enforcement mode
 */
public record Scenario(ConfigCase config, LocalDate asOf, Mode mode) {

    /** Proposes the readable layout, then no exception message: smaller reports, same failure if it persists. */
    private static final Shrinker<ConfigCase> SIMPLER_TEXT = c -> {
        List<ConfigCase> simpler = new ArrayList<>();
        if (!c.layout().equals(ConfigCase.Layout.READABLE)) {
            simpler.add(c.withLayout(ConfigCase.Layout.READABLE));
        }
        if (c.exceptionMessage().isPresent()) {
            simpler.add(c.withExceptionMessage(Optional.empty()));
        }
        return simpler.stream();
    };

    /** Shrinks a config: drops vendors, exceptions and aliases, then tries simpler text. */
    public static final Shrinker<ConfigCase> CONFIG_SHRINKER = Shrinker.<ConfigCase, ConfigCase.Vendor>dropping(
                    ConfigCase::vendors, ConfigCase::withVendors)
            .andThen(Shrinker.dropping(ConfigCase::exceptions, ConfigCase::withExceptions))
            .andThen(Shrinker.dropping(ConfigCase::providerAliases, ConfigCase::withProviderAliases))
            .andThen(SIMPLER_TEXT);

    /** Shrinks a scenario's config with {@link #CONFIG_SHRINKER}; the day and mode stay. */
    public static final Shrinker<Scenario> SHRINKER = s -> CONFIG_SHRINKER.candidates(s.config()).map(s::withConfig);

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

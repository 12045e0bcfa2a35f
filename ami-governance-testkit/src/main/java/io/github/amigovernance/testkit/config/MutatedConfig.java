package io.github.amigovernance.testkit.config;

import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Shrinker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The text of a valid config with a few random edits: the garbage a config loader must either load
 * or reject with its documented error.
 *
 * @param base the valid config
 * @param mutations the edits, made in order
 */
public record MutatedConfig(ConfigCase base, List<TextMutation> mutations) {

    /** Shrinks by dropping edits first, then vendors and exceptions of the base config. */
    public static final Shrinker<MutatedConfig> SHRINKER = Shrinker.<MutatedConfig, TextMutation>dropping(
                    MutatedConfig::mutations, (m, list) -> new MutatedConfig(m.base(), list))
            .andThen(Shrinker.dropping(m -> m.base().vendors(),
                    (m, list) -> new MutatedConfig(m.base().withVendors(list), m.mutations())))
            .andThen(Shrinker.dropping(m -> m.base().exceptions(),
                    (m, list) -> new MutatedConfig(m.base().withExceptions(list), m.mutations())));

    /** Checks that no part is missing and copies the edits. */
    public MutatedConfig {
        Objects.requireNonNull(base, "base");
        mutations = List.copyOf(mutations);
    }

    /** Returns a generator of valid configs (around any day) with one to eight edits. */
    public static Generator<MutatedConfig> generator() {
        return source -> new MutatedConfig(
                ConfigGenerators.days().flatMap(ConfigGenerators::configs).next(source),
                Generator.listOf(TextMutation.generator(), Generator.between(1, 8)).next(source));
    }

    /** Returns the edited text. */
    public String text() {
        return TextMutation.applyAll(base.text(), mutations);
    }

    /** Returns the edited text in UTF-8. */
    public byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "edits " + mutations + " of a config, giving:\n" + text();
    }
}

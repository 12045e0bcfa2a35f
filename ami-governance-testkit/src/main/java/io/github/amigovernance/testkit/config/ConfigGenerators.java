package io.github.amigovernance.testkit.config;

import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.Generator.Weighted;
import io.github.amigovernance.testkit.Source;
import io.github.amigovernance.testkit.json.JsonWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Generators of valid configs and of the scenarios they are rendered in.
 *
 * <p>A config has from 0 to 600 vendors and from 0 to 50 exceptions, most of them small; expiry
 * days cluster around the as-of day (on it, the day before and the day after are frequent); a few
 * accounts are repeated across the lists, as they are in real configs; aliases, optional fields and
 * an {@code exception_policy} come and go; free text holds quotes, backslashes, control characters
 * and non-ASCII text, emoji included; and the text is laid out in random member order, white space
 * and escapes.
 */
public final class ConfigGenerators {

    /** The earliest as-of day generated. */
    public static final LocalDate EARLIEST_DAY = LocalDate.of(2020, 1, 1);

    /** The latest as-of day generated. */
    public static final LocalDate LATEST_DAY = LocalDate.of(2035, 12, 31);

    /** The most vendors a generated config has. */
    public static final int MAX_VENDORS = 600;

    /** The most exceptions a generated config has. */
    public static final int MAX_EXCEPTIONS = 50;

    private static final List<String> DEFAULT_TYPES = List.of("migration", "vendor_poc", "emergency");
    private static final List<String> ROLES = List.of("security-lead", "cloud-architect", "engineering-manager", "cto",
            "vp-engineering", "chief-architect", "platform-owner");
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.,:;()";
    private static final String SPECIAL = "\"\\/'<>&{}[]%$#@!?*+=~`|^";
    private static final List<String> NON_ASCII = List.of("é", "ü", "ß", "ñ", "ø", "Å", "ç", "日本語", "中文", "한국어",
            "Ελληνικά", "Русский", "עברית", "العربية", "😀", "🚀", "𝔸", "e\u0301", "\u00a0", "\u2028", "\u2029",
            "\u200d", "\ufeff", "\uffff");
    private static final List<String> CONTROL = List.of("\n", "\t", "\r", "\u0001", "\u001f", "\u007f", "\b", "\f");

    private ConfigGenerators() {
    }

    /** Returns a generator of twelve-digit account IDs; about one in ten starts with a zero. */
    public static Generator<String> accountIds() {
        return source -> {
            String digits = Long.toString(source.between(0L, 999_999_999_999L));
            return "000000000000".substring(digits.length()) + digits;
        };
    }

    /** Returns a generator of as-of days from {@link #EARLIEST_DAY} to {@link #LATEST_DAY}, all equally likely. */
    public static Generator<LocalDate> days() {
        return source -> LocalDate.ofEpochDay(source.between(EARLIEST_DAY.toEpochDay(), LATEST_DAY.toEpochDay()));
    }

    /** Returns a generator of both modes, equally often. */
    public static Generator<Mode> modes() {
        return Generator.oneOf(List.of(Mode.values()));
    }

    /**
     * Returns a generator of non-blank text of {@code min} to {@code max} pieces: mostly plain
     * ASCII, with quotes, backslashes, control characters and non-ASCII text mixed in. It always
     * starts with a letter.
     */
    public static Generator<String> text(int min, int max) {
        return source -> {
            StringBuilder text = new StringBuilder();
            text.append(PLAIN.charAt(source.between(0, 51)));
            int pieces = source.between(Math.max(0, min - 1), Math.max(0, max - 1));
            for (int i = 0; i < pieces; i++) {
                int kind = source.between(1, 100);
                if (kind <= 80) {
                    text.append(PLAIN.charAt(source.between(0, PLAIN.length() - 1)));
                } else if (kind <= 90) {
                    text.append(SPECIAL.charAt(source.between(0, SPECIAL.length() - 1)));
                } else if (kind <= 97) {
                    text.append(source.pick(NON_ASCII));
                } else {
                    text.append(source.pick(CONTROL));
                }
            }
            return text.toString();
        };
    }

    /** Returns a generator of exception messages: up to 300 pieces of {@link #text} mixture. */
    public static Generator<String> messages() {
        return Generator.weighted(
                Weighted.of(3, Generator.constant("AMI not approved for use in this organization. See"
                        + " https://wiki.example/ami")),
                Weighted.of(7, text(1, 300)));
    }

    /** Returns a generator of text layouts. */
    public static Generator<ConfigCase.Layout> layouts() {
        return source -> new ConfigCase.Layout(
                new JsonWriter.Layout(source.pick(List.of(JsonWriter.Spacing.values())), source.percent(30),
                        source.between(Long.MIN_VALUE, Long.MAX_VALUE)),
                source.percent(70), source.percent(10));
    }

    /** Returns a generator of valid configs whose expiry days cluster around {@code asOf}. */
    public static Generator<ConfigCase> configs(LocalDate asOf) {
        return source -> new Builder(source, asOf).config();
    }

    /** Returns a generator of scenarios: a day, a mode, and a config for that day. */
    public static Generator<Scenario> scenarios() {
        return source -> {
            LocalDate asOf = days().next(source);
            Mode mode = modes().next(source);
            return new Scenario(configs(asOf).next(source), asOf, mode);
        };
    }

    /** Makes one config; keeps the accounts made so far, so that a few can be repeated. */
    private static final class Builder {

        private final Source source;
        private final LocalDate asOf;
        private final List<String> accounts = new ArrayList<>();

        Builder(Source source, LocalDate asOf) {
            this.source = source;
            this.asOf = asOf;
        }

        ConfigCase config() {
            ConfigCase.Ops ops = new ConfigCase.Ops(account(), optionalText(60, 1, 40));
            int vendorCount = Generator.weighted(Weighted.of(35, Generator.between(0, 5)),
                    Weighted.of(30, Generator.between(0, 100)),
                    Weighted.of(35, Generator.between(0, MAX_VENDORS))).next(source);
            List<ConfigCase.Vendor> vendors = new ArrayList<>();
            for (int i = 0; i < vendorCount; i++) {
                vendors.add(new ConfigCase.Vendor(account(), text(1, 30).next(source), optionalText(30, 1, 60)));
            }
            List<String> aliases = new ArrayList<>();
            for (String alias : Aliases.CONFIG_NAMES) {
                if (source.percent(50)) {
                    aliases.add(source.between(0, aliases.size()), alias);
                }
            }
            Optional<String> message = source.percent(70) ? Optional.of(messages().next(source)) : Optional.empty();
            Optional<ConfigCase.PolicyEntry> policy = source.percent(15) ? Optional.of(policy()) : Optional.empty();
            List<String> types = new ArrayList<>(DEFAULT_TYPES);
            policy.ifPresent(p -> p.types().keySet().stream().filter(t -> !types.contains(t)).forEach(types::add));
            int exceptionCount = Generator.weighted(Weighted.of(25, Generator.constant(0)),
                    Weighted.of(45, Generator.between(1, 8)),
                    Weighted.of(30, Generator.between(0, MAX_EXCEPTIONS))).next(source);
            List<ConfigCase.ExceptionEntry> exceptions = new ArrayList<>();
            for (int i = 0; i < exceptionCount; i++) {
                exceptions.add(exception(types));
            }
            Optional<String> schema = source.percent(10) ? Optional.of("https://example.com/ami_publishers.schema.json")
                    : Optional.empty();
            return new ConfigCase(ops, vendors, aliases, message, exceptions, policy, schema, layouts().next(source));
        }

        private String account() {
            String account = !accounts.isEmpty() && source.percent(6) ? source.pick(accounts)
                    : accountIds().next(source);
            accounts.add(account);
            return account;
        }

        private Optional<String> optionalText(int percent, int min, int max) {
            return source.percent(percent) ? Optional.of(text(min, max).next(source)) : Optional.empty();
        }

        private ConfigCase.ExceptionEntry exception(List<String> types) {
            LocalDate expiresOn = expiry();
            Optional<List<String>> approvers = source.percent(60) ? Optional.of(roles(1, 3)) : Optional.empty();
            Optional<LocalDate> approval = source.percent(60)
                    ? Optional.of(expiresOn.minusDays(source.between(0, 120))) : Optional.empty();
            return new ConfigCase.ExceptionEntry(account(),
                    source.percent(60) ? Optional.of(source.pick(types)) : Optional.empty(),
                    expiresOn, text(1, 80).next(source), ticket(), optionalText(50, 1, 30), approvers,
                    source.percent(50), approval);
        }

        private LocalDate expiry() {
            int kind = source.between(1, 100);
            if (kind <= 20) {
                return asOf;
            }
            if (kind <= 30) {
                return asOf.minusDays(1);
            }
            if (kind <= 40) {
                return asOf.plusDays(1);
            }
            if (kind <= 95) {
                return asOf.plusDays(source.between(-60, 60));
            }
            return asOf.plusDays(source.between(-3000, 3000));
        }

        private String ticket() {
            return source.percent(70) ? "CLOUD-" + source.between(1, 99_999) : text(1, 20).next(source);
        }

        private List<String> roles(int min, int max) {
            Set<String> roles = new LinkedHashSet<>();
            int count = source.between(min, max);
            while (roles.size() < count) {
                roles.add(source.percent(90) ? source.pick(ROLES) : text(1, 20).next(source));
            }
            return List.copyOf(roles);
        }

        private ConfigCase.PolicyEntry policy() {
            Optional<Integer> maxDays = source.percent(50) ? Optional.of(source.between(1, 3650)) : Optional.empty();
            int ceiling = maxDays.orElse(90);
            Map<String, ConfigCase.TypeEntry> types = new LinkedHashMap<>();
            int count = source.between(0, 3);
            for (int i = 0; i < count; i++) {
                if (source.percent(50)) {
                    types.put(source.pick(DEFAULT_TYPES), new ConfigCase.TypeEntry(
                            source.percent(50) ? Optional.of(source.between(1, ceiling)) : Optional.empty(),
                            source.percent(50) ? Optional.of(roles(0, 3)) : Optional.empty()));
                } else {
                    types.put(typeName(), new ConfigCase.TypeEntry(Optional.of(source.between(1, ceiling)),
                            Optional.of(roles(0, 3))));
                }
            }
            return new ConfigCase.PolicyEntry(maxDays,
                    source.percent(30) ? Optional.of(source.pick(ROLES)) : Optional.empty(),
                    source.percent(30) ? Optional.of(source.between(0, 365)) : Optional.empty(), types);
        }

        private String typeName() {
            String letters = "abcdefghijklmnopqrstuvwxyz";
            String rest = letters + "0123456789_";
            StringBuilder name = new StringBuilder().append(letters.charAt(source.between(0, 25)));
            int length = source.between(0, 12);
            for (int i = 0; i < length; i++) {
                name.append(rest.charAt(source.between(0, rest.length() - 1)));
            }
            return name.toString();
        }
    }
}

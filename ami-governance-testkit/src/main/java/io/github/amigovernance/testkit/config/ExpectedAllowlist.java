package io.github.amigovernance.testkit.config;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a config allows on one day, computed here from the generated config alone, as the project's
 * documentation defines it, so that tests can compare the code under test with it.
 *
 * <p>The allowed accounts are the ops publisher, every vendor and every exception whose expiry
 * day is on or after the day; the providers are those accounts and the aliases. The internal
 * publishers, exempt from the SCP's creation and sharing denials, are the ops publisher and the
 * active exceptions.
 *
 * @param accounts the allowed provider accounts
 * @param declarativeProviders the providers as the declarative policy spells them
 * @param scpOwners the providers as the SCP's {@code ec2:Owner} key spells them
 * @param internalPublishers the accounts the SCP exempts from its creation and sharing denials
 */
public record ExpectedAllowlist(SortedSet<String> accounts, SortedSet<String> declarativeProviders,
        SortedSet<String> scpOwners, SortedSet<String> internalPublishers) {

    /** Copies the sets. */
    public ExpectedAllowlist {
        accounts = Collections.unmodifiableSortedSet(new TreeSet<>(accounts));
        declarativeProviders = Collections.unmodifiableSortedSet(new TreeSet<>(declarativeProviders));
        scpOwners = Collections.unmodifiableSortedSet(new TreeSet<>(scpOwners));
        internalPublishers = Collections.unmodifiableSortedSet(new TreeSet<>(internalPublishers));
    }

    /** Computes what {@code config} allows on {@code day}. */
    public static ExpectedAllowlist of(ConfigCase config, LocalDate day) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(day, "day");
        SortedSet<String> accounts = new TreeSet<>();
        SortedSet<String> internal = new TreeSet<>();
        accounts.add(config.ops().accountId());
        internal.add(config.ops().accountId());
        for (ConfigCase.Vendor vendor : config.vendors()) {
            accounts.add(vendor.accountId());
        }
        for (ConfigCase.ExceptionEntry exception : config.exceptions()) {
            boolean expired = day.isAfter(exception.expiresOn());
            if (!expired) {
                accounts.add(exception.accountId());
                internal.add(exception.accountId());
            }
        }
        SortedSet<String> declarative = new TreeSet<>(accounts);
        SortedSet<String> scp = new TreeSet<>(accounts);
        for (String alias : config.providerAliases()) {
            declarative.add(alias);
            scp.add(Aliases.scpName(alias));
        }
        return new ExpectedAllowlist(accounts, declarative, scp, internal);
    }

    /** Returns whether the SCP lets an image of {@code owner} (SCP spelling) be launched. */
    public boolean allowsOwner(String owner) {
        return scpOwners.contains(owner);
    }
}

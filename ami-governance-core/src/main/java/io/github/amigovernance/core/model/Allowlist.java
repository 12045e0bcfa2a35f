package io.github.amigovernance.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What a config allows on one day: the image providers both policies must name, and the accounts
 * that may create and share images.
 *
 * <p>The providers are the ops publisher, the vendor publishers, the provider aliases and every
 * exception account whose expiry day is on or after the day. The internal publishers, exempt
 * from the SCP's creation and sharing denials, are the ops publisher and those same active
 * exception accounts; vendors publish from outside the organization and are not among them.
 *
 * @param asOf the day (UTC) the allowlist holds for
 * @param accounts the allowed provider accounts, sorted
 * @param aliases the allowed provider aliases
 * @param internalPublishers the accounts allowed to create and share images, sorted
 * @param activeExceptions the exceptions valid on {@code asOf}, in config order
 * @param expiredExceptions the exceptions that expired before {@code asOf}, in config order
 */
public record Allowlist(
        LocalDate asOf,
        SortedSet<AccountId> accounts,
        Set<ProviderAlias> aliases,
        SortedSet<AccountId> internalPublishers,
        List<ExceptionAccount> activeExceptions,
        List<ExceptionAccount> expiredExceptions) {

    /** Checks that no part is missing and copies the collections. */
    public Allowlist {
        Objects.requireNonNull(asOf, "asOf");
        accounts = Collections.unmodifiableSortedSet(new TreeSet<>(accounts));
        aliases = aliases.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ProviderAlias.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(aliases));
        internalPublishers = Collections.unmodifiableSortedSet(new TreeSet<>(internalPublishers));
        activeExceptions = List.copyOf(activeExceptions);
        expiredExceptions = List.copyOf(expiredExceptions);
    }

    /**
     * Computes what {@code config} allows on {@code asOf}.
     *
     * @param config the config
     * @param asOf the day, in UTC
     */
    public static Allowlist of(GovernanceConfig config, LocalDate asOf) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        SortedSet<AccountId> accounts = new TreeSet<>();
        SortedSet<AccountId> internal = new TreeSet<>();
        accounts.add(config.opsPublisher().accountId());
        internal.add(config.opsPublisher().accountId());
        for (VendorPublisher vendor : config.vendorPublishers()) {
            accounts.add(vendor.accountId());
        }
        List<ExceptionAccount> active = new ArrayList<>();
        List<ExceptionAccount> expired = new ArrayList<>();
        for (ExceptionAccount exception : config.exceptions()) {
            if (exception.isActiveOn(asOf)) {
                active.add(exception);
                accounts.add(exception.accountId());
                internal.add(exception.accountId());
            } else {
                expired.add(exception);
            }
        }
        return new Allowlist(asOf, accounts, config.providerAliases(), internal, active, expired);
    }

    /** Returns every allowed provider, accounts and aliases. */
    public List<Provider> providers() {
        List<Provider> providers = new ArrayList<>(accounts);
        providers.addAll(aliases);
        return providers;
    }

    /** Returns the providers as the declarative policy lists them: declarative spelling, sorted. */
    public List<String> declarativeProviders() {
        return sortedNames(Provider::declarativeName);
    }

    /** Returns the providers as the SCP's {@code ec2:Owner} condition lists them: SCP spelling, sorted. */
    public List<String> scpOwners() {
        return sortedNames(Provider::scpName);
    }

    /** Returns the internal publishers as the SCP's {@code aws:PrincipalAccount} condition lists them. */
    public List<String> scpPublisherExemptions() {
        return internalPublishers.stream().map(AccountId::value).toList();
    }

    /** Returns whether {@code account} is an allowed image provider. */
    public boolean allows(AccountId account) {
        return accounts.contains(account);
    }

    private List<String> sortedNames(Function<Provider, String> spelling) {
        return providers().stream().map(spelling).sorted(Comparator.naturalOrder()).toList();
    }
}

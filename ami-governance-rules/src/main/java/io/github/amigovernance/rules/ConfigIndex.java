package io.github.amigovernance.rules;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.rules.engine.Chains;
import io.github.amigovernance.rules.engine.Publisher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What judging a request looks up in its config, by account: the periods of the account's
 * exceptions (the history a renewal extends) and the publishers the account already is. Worked
 * out once per config, so that a request costs the same with ten exceptions in the config as with
 * ten thousand. Immutable.
 */
final class ConfigIndex {

    private final Map<AccountId, List<Chains.Period>> history;
    private final Map<AccountId, List<Publisher>> publishers;

    /** Indexes {@code config}. */
    ConfigIndex(GovernanceConfig config) {
        Map<AccountId, List<Chains.Period>> periods = new HashMap<>();
        for (ExceptionAccount exception : config.exceptions()) {
            exception.start().ifPresent(start -> periods.computeIfAbsent(exception.accountId(),
                    account -> new ArrayList<>()).add(new Chains.Period(start, exception.expiresOn())));
        }
        Map<AccountId, List<Publisher>> byAccount = new HashMap<>();
        AccountId ops = config.opsPublisher().accountId();
        byAccount.computeIfAbsent(ops, account -> new ArrayList<>()).add(new Publisher(ops.value(),
                "the ops publisher"));
        Set<AccountId> seen = new HashSet<>();
        for (VendorPublisher vendor : config.vendorPublishers()) {
            if (seen.add(vendor.accountId())) {
                byAccount.computeIfAbsent(vendor.accountId(), account -> new ArrayList<>()).add(new Publisher(
                        vendor.accountId().value(), "the vendor publisher " + vendor.vendorName()));
            }
        }
        history = copy(periods);
        publishers = copy(byAccount);
    }

    private static <T> Map<AccountId, List<T>> copy(Map<AccountId, List<T>> lists) {
        Map<AccountId, List<T>> copy = new HashMap<>(lists.size() * 2);
        lists.forEach((account, list) -> copy.put(account, List.copyOf(list)));
        return copy;
    }

    /** Returns the periods of the exceptions for {@code account} whose start is known, in config order. */
    List<Chains.Period> history(AccountId account) {
        return history.getOrDefault(account, List.of());
    }

    /** Returns the publishers {@code account} is: the ops publisher, then the first vendor entry for it. */
    List<Publisher> publishers(AccountId account) {
        return publishers.getOrDefault(account, List.of());
    }
}

package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.VendorPublisher;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Says what a provider value is to the config, so that a finding tells a person where to look. */
public final class AccountDescriptions {

    /** How many values a message lists before it says how many more there are. */
    private static final int MAX_LISTED = 20;

    private final GovernanceConfig config;
    private final LocalDate asOf;

    /** Creates descriptions of the values {@code config} knows on {@code asOf}. */
    public AccountDescriptions(GovernanceConfig config, LocalDate asOf) {
        this.config = config;
        this.asOf = asOf;
    }

    /** Returns the value with what the config says about it, such as {@code 111122223333 (vendor InfoBlox)}. */
    public String describe(String value) {
        if (!AccountId.isValid(value)) {
            Optional<ProviderAlias> byScpName = ProviderAlias.fromScpName(value);
            Optional<ProviderAlias> byConfigName = ProviderAlias.fromConfigName(value);
            if (byConfigName.isPresent()) {
                return value + " (provider alias)";
            }
            if (byScpName.isPresent()) {
                return value + " (provider alias " + byScpName.get().declarativeName() + " in SCP spelling)";
            }
            return value + " (neither an account ID nor a provider alias)";
        }
        AccountId account = AccountId.of(value);
        if (config.opsPublisher().accountId().equals(account)) {
            return value + " (ops publisher)";
        }
        for (VendorPublisher vendor : config.vendorPublishers()) {
            if (vendor.accountId().equals(account)) {
                return value + " (vendor " + vendor.vendorName() + ")";
            }
        }
        List<ExceptionAccount> exceptions = config.exceptions().stream()
                .filter(e -> e.accountId().equals(account)).toList();
        if (!exceptions.isEmpty()) {
            ExceptionAccount last = exceptions.stream()
                    .max(java.util.Comparator.comparing(ExceptionAccount::expiresOn)).get();
            String status = last.isActiveOn(asOf) ? "expires " : "expired after ";
            return value + " (exception " + last.ticket() + ", " + status + last.expiresOn() + ")";
        }
        return value + " (not in the config)";
    }

    /** Returns the values described and joined, cut short after {@value #MAX_LISTED} of them. */
    public String describeAll(Collection<String> values) {
        String listed = values.stream().limit(MAX_LISTED).map(this::describe).collect(Collectors.joining(", "));
        int more = values.size() - MAX_LISTED;
        return more > 0 ? listed + " and " + more + " more" : listed;
    }

    /** Returns the account a finding is about when exactly one value is involved and it is an account. */
    static AccountId single(Collection<String> values) {
        if (values.size() == 1) {
            String only = values.iterator().next();
            return AccountId.isValid(only) ? AccountId.of(only) : null;
        }
        return null;
    }
}

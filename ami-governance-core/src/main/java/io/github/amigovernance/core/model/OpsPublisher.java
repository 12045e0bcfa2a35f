package io.github.amigovernance.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The organization's own golden-image publisher: always allowed as an image provider, and always
 * allowed to create and share images.
 *
 * @param accountId the publisher account
 * @param description what the account is, for people reading the config
 */
public record OpsPublisher(AccountId accountId, Optional<String> description) {

    /** Checks that no part is missing. */
    public OpsPublisher {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(description, "description");
    }

    /** Creates a publisher without a description. */
    public static OpsPublisher of(AccountId accountId) {
        return new OpsPublisher(accountId, Optional.empty());
    }
}

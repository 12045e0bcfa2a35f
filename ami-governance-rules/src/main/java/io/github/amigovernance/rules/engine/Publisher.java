package io.github.amigovernance.rules.engine;

import java.util.Objects;

/**
 * An account that is an image publisher in its own right, which makes an exception for it
 * redundant.
 *
 * @param accountId the account, as twelve digits
 * @param description what the config calls it, such as {@code the ops publisher}
 */
public record Publisher(String accountId, String description) {

    /** Checks that no part is missing. */
    public Publisher {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(description, "description");
    }
}

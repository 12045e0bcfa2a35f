package io.github.amigovernance.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A third party whose images the organization runs. Its account is an allowed image provider but,
 * being outside the organization, gains no right to create images inside it.
 *
 * @param accountId the vendor's publishing account
 * @param vendorName who the vendor is
 * @param description anything else worth knowing, such as the product
 */
public record VendorPublisher(AccountId accountId, String vendorName, Optional<String> description) {

    /**
     * Checks that no part is missing.
     *
     * @throws IllegalArgumentException if {@code vendorName} is blank
     */
    public VendorPublisher {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(vendorName, "vendorName");
        Objects.requireNonNull(description, "description");
        if (vendorName.isBlank()) {
            throw new IllegalArgumentException("a vendor publisher needs a name");
        }
    }

    /** Creates a vendor without a description. */
    public static VendorPublisher of(AccountId accountId, String vendorName) {
        return new VendorPublisher(accountId, vendorName, Optional.empty());
    }
}

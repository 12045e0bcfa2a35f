package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ProviderAlias;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Who owns an image, as EC2 reports it: the owning account and, for images published by Amazon,
 * AWS Marketplace or an AWS Backup vault, the owner alias.
 *
 * @param account the {@code OwnerId} of the image
 * @param alias the {@code ImageOwnerAlias}, when it is one of the aliases Allowed AMIs knows
 */
public record ImageOwner(AccountId account, Optional<ProviderAlias> alias) implements Comparable<ImageOwner> {

    private static final Comparator<ImageOwner> ORDER = Comparator.comparing(ImageOwner::account)
            .thenComparing(o -> o.alias().map(Enum::ordinal).orElse(-1));

    /** Checks that no part is missing. */
    public ImageOwner {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(alias, "alias");
    }

    /** Returns an owner without an alias. */
    public static ImageOwner of(AccountId account) {
        return new ImageOwner(account, Optional.empty());
    }

    /** Returns the owner as a person reads it: {@code amazon (137112412989)} or the bare account ID. */
    public String label() {
        return alias.map(a -> a.scpName() + " (" + account + ")").orElse(account.value());
    }

    @Override
    public int compareTo(ImageOwner other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return label();
    }
}

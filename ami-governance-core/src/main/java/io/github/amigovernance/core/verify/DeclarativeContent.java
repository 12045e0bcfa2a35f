package io.github.amigovernance.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a declarative policy file says, as far as this project renders it.
 *
 * @param mode the {@code allowed_images_settings.state} value, when present
 * @param criteria the providers of each criterion, in file order
 * @param blockPublicAccess the {@code image_block_public_access.state} value, when present
 * @param exceptionMessage the {@code exception_message} value, when present
 */
public record DeclarativeContent(Optional<String> mode, List<List<String>> criteria, Optional<String> blockPublicAccess,
        Optional<String> exceptionMessage) {

    /** Checks that no part is missing and copies the lists. */
    public DeclarativeContent {
        Objects.requireNonNull(mode, "mode");
        criteria = criteria.stream().map(List::copyOf).toList();
        Objects.requireNonNull(blockPublicAccess, "blockPublicAccess");
        Objects.requireNonNull(exceptionMessage, "exceptionMessage");
    }

    /** Returns the providers of every criterion, in file order. */
    public List<String> providers() {
        List<String> all = new ArrayList<>();
        criteria.forEach(all::addAll);
        return all;
    }
}

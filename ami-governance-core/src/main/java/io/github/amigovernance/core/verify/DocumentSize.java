package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.policy.PolicyKind;
import java.util.Objects;

/**
 * The size of a policy file against its AWS limit.
 *
 * @param kind which policy
 * @param characters how many characters the file holds, white space included
 * @param limit how many AWS accepts
 */
public record DocumentSize(PolicyKind kind, int characters, int limit) {

    /** Checks that no part is missing. */
    public DocumentSize {
        Objects.requireNonNull(kind, "kind");
    }

    /** Returns whether the file fits. */
    public boolean fits() {
        return characters <= limit;
    }
}

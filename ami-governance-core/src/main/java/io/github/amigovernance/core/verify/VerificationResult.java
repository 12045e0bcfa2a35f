package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What verifying a pair of policy files against a config found.
 *
 * @param allowlist the allowlist the config implies on the day checked
 * @param mode the enforcement mode read from the files, when it could be read and both agree
 * @param sizes the size of each file that could be read
 * @param findings every problem found, errors first
 */
public record VerificationResult(Allowlist allowlist, Optional<EnforcementMode> mode, List<DocumentSize> sizes,
        List<Finding> findings) {

    /** Checks that no part is missing and copies the lists. */
    public VerificationResult {
        Objects.requireNonNull(allowlist, "allowlist");
        Objects.requireNonNull(mode, "mode");
        sizes = List.copyOf(sizes);
        findings = List.copyOf(findings);
    }

    /** Returns whether any finding is an error. */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}

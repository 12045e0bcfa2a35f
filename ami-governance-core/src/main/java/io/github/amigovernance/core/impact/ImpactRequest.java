package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.GovernanceConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What to analyze: a config, the day whose allowlist to enforce, and where the captures are.
 *
 * @param config the config whose allowlist enforcement would apply
 * @param asOf the day (UTC) whose allowlist to apply
 * @param inventory the inventory folder: {@code <account-id>/<region>/*.json} captures, and CloudTrail
 *     log files anywhere below it in the layout CloudTrail writes to S3
 * @param cloudTrailRoots more folders holding CloudTrail log files, outside the inventory folder
 */
public record ImpactRequest(GovernanceConfig config, LocalDate asOf, Path inventory, List<Path> cloudTrailRoots) {

    /** Checks that no part is missing and copies the list. */
    public ImpactRequest {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(inventory, "inventory");
        cloudTrailRoots = List.copyOf(cloudTrailRoots);
    }

    /** Returns a request with only the inventory folder. */
    public static ImpactRequest of(GovernanceConfig config, LocalDate asOf, Path inventory) {
        return new ImpactRequest(config, asOf, inventory, List.of());
    }
}

package io.github.amigovernance.rules;

import io.github.amigovernance.core.verify.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Every exception of a config with its state and findings on one day.
 *
 * @param asOf the day of the check (UTC)
 * @param warningDays the expiry warning window used
 * @param exceptions each entry, in config order
 */
public record ExceptionReport(LocalDate asOf, int warningDays, List<ExceptionStatus> exceptions) {

    /** Checks that no part is missing and copies the list. */
    public ExceptionReport {
        Objects.requireNonNull(asOf, "asOf");
        exceptions = List.copyOf(exceptions);
    }

    /** Returns every finding, entry by entry. */
    public List<Finding> findings() {
        return exceptions.stream().flatMap(e -> e.findings().stream()).toList();
    }

    /** Returns whether any entry has expired. */
    public boolean anyExpired() {
        return exceptions.stream().anyMatch(e -> e.state() == ExceptionStatus.State.EXPIRED);
    }
}

package io.github.amigovernance.rules.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * Works out unbroken runs of exceptions for one account: exceptions that follow each other with
 * no day between them, or overlap, count as one run, which the absolute maximum limits unless the
 * extension approver agrees.
 */
public final class Chains {

    private Chains() {
    }

    /**
     * One exception period.
     *
     * @param start the first day
     * @param end the last day
     */
    public record Period(LocalDate start, LocalDate end) {
    }

    /**
     * Returns the first day of the run that {@code period} closes: the earliest start reachable
     * from {@code period} through earlier-starting periods of {@code others} with no gap between
     * them. Periods that start after {@code period} are not part of its run.
     *
     * @param period the period whose run is wanted
     * @param others every period of the same account, {@code period} included or not
     */
    public static LocalDate runStart(Period period, List<Period> others) {
        LocalDate runStart = period.start();
        boolean extended = true;
        while (extended) {
            extended = false;
            for (Period other : others) {
                boolean earlier = other.start().isBefore(runStart) && !other.start().isAfter(period.start());
                boolean touches = !other.end().plusDays(1).isBefore(runStart);
                if (earlier && touches) {
                    runStart = other.start();
                    extended = true;
                }
            }
        }
        return runStart;
    }
}

package io.github.amigovernance.core.impact;

/**
 * Receives progress reports from an impact scan. The analyzer calls it from the thread that called
 * {@link ImpactAnalyzer#analyze}, never from its worker threads, so an implementation needs no
 * locking; it should return quickly, since the scan's coordination waits for it.
 */
@FunctionalInterface
public interface ScanListener {

    /** A listener that ignores every report. */
    ScanListener NONE = progress -> { };

    /**
     * Receives a progress report: once when the files have been counted, then about every
     * {@link ImpactAnalyzer#PROGRESS_INTERVAL_MILLIS} milliseconds, and once at the end.
     */
    void progress(ScanProgress progress);
}

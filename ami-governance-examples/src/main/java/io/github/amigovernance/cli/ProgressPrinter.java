package io.github.amigovernance.cli;

import io.github.amigovernance.core.impact.ScanListener;
import io.github.amigovernance.core.impact.ScanProgress;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Shows how far an impact scan has got, on standard error: a bar redrawn in place on a terminal,
 * or a plain line every {@link #LINE_INTERVAL_SECONDS} seconds anywhere else (a CI log, a file).
 * Rates and times come from the scan's own progress reports, so they never reach standard output.
 */
final class ProgressPrinter implements ScanListener {

    /** How often a progress line is printed when standard error is not a terminal. */
    static final long LINE_INTERVAL_SECONDS = 10;

    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private ScanProgress last;
    private long lastLine = -1;
    private int drawnWidth;

    /**
     * Creates a printer.
     *
     * @param err where progress goes
     * @param terminal whether {@code err} is a terminal, on which the bar can be redrawn in place
     */
    ProgressPrinter(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public void progress(ScanProgress progress) {
        last = progress;
        if (terminal) {
            String line = bar(progress);
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
            err.flush();
            return;
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(progress.elapsedNanos());
        if (lastLine < 0 || seconds - lastLine >= LINE_INTERVAL_SECONDS) {
            lastLine = seconds;
            err.println("impact: " + line(progress));
            err.flush();
        }
    }

    /** Ends the display: moves off the bar on a terminal, or prints a last line elsewhere. */
    void finish() {
        if (last == null) {
            return;
        }
        if (terminal) {
            err.println();
        } else {
            double seconds = last.elapsedNanos() / 1e9;
            err.printf(Locale.ROOT, "impact: read %d files (%s stored, %s of JSON) in %.1f s, %s%n", last.filesDone(),
                    size(last.bytesDone()), size(last.jsonBytes()), seconds, rate(last));
        }
        err.flush();
    }

    /** Returns the terminal bar, such as {@code [#######.......]  52%  1.6/3.1 GB  412 MB/s of JSON  0:04 left}. */
    static String bar(ScanProgress p) {
        int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] "
                + String.format(Locale.ROOT, "%3d%%", (int) Math.floor(p.fraction() * 100)) + "  "
                + size(p.bytesDone()) + " of " + size(p.bytesTotal()) + "  " + rate(p) + "  " + left(p);
    }

    /** Returns a plain progress line, such as {@code 52% of 3.1 GB read, 412 MB/s of JSON, about 0:04 left}. */
    static String line(ScanProgress p) {
        return String.format(Locale.ROOT, "%d%% of %s read (%d of %d files), %s, %s", (int) Math.floor(p.fraction()
                * 100), size(p.bytesTotal()), p.filesDone(), p.filesTotal(), rate(p), left(p));
    }

    private static String rate(ScanProgress p) {
        double seconds = p.elapsedNanos() / 1e9;
        if (seconds < 0.05) {
            return "-- MB/s of JSON";
        }
        double rate = p.jsonBytes() / 1e6 / seconds;
        return String.format(Locale.ROOT, rate < 10 ? "%.1f MB/s of JSON" : "%.0f MB/s of JSON", rate);
    }

    private static String left(ScanProgress p) {
        double fraction = p.fraction();
        if (fraction <= 0 || p.elapsedNanos() == 0) {
            return "time left unknown";
        }
        long remaining = Math.round(p.elapsedNanos() / 1e9 * (1 - fraction) / fraction);
        return "about " + clock(remaining) + " left";
    }

    static String clock(long seconds) {
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    static String size(long bytes) {
        if (bytes < 1_000) {
            return bytes + " B";
        }
        if (bytes < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f GB", bytes / 1e9);
    }
}

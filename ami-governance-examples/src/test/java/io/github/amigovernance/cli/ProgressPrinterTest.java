package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.impact.ScanProgress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

final class ProgressPrinterTest {

    private static ScanProgress at(long seconds, long bytesDone) {
        return new ScanProgress(bytesDone / 100, 10, bytesDone, 1_000, bytesDone * 1_000_000,
                TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void bar_halfway_showsHalfTheBarTheRateAndTheTimeLeft() {
        ScanProgress half = new ScanProgress(5, 10, 1_500_000_000, 3_000_000_000L, 4_000_000_000L,
                TimeUnit.SECONDS.toNanos(10));

        assertEquals("[############............]  50%  1.5 GB of 3.0 GB  400 MB/s of JSON  about 0:10 left",
                ProgressPrinter.bar(half));
    }

    @Test
    void progress_terminal_redrawsOneLineInPlace() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), true);

        printer.progress(at(0, 0));
        printer.progress(at(1, 100));
        printer.progress(at(2, 1_000));

        assertFalse(err.toString().contains("\n"), err.toString());
        assertEquals(3, err.toString().split("\r", -1).length - 1);
        assertTrue(err.toString().stripTrailing().endsWith("100%  1 kB of 1 kB  500 MB/s of JSON  about 0:00 left"),
                err.toString());
        printer.finish();
        assertTrue(err.toString().endsWith("\n"));
    }

    @Test
    void progress_notTerminal_printsALineEveryTenSecondsAndATotalAtTheEnd() {
        StringWriter err = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), false);

        for (long second : new long[] {0, 1, 5, 10, 12, 19, 21}) {
            printer.progress(at(second, second * 40));
        }
        printer.finish();

        String[] lines = err.toString().split("\n");
        assertEquals(4, lines.length, err.toString());
        assertEquals("impact: 0% of 1 kB read (0 of 10 files), -- MB/s of JSON, time left unknown", lines[0]);
        assertTrue(lines[1].startsWith("impact: 40% of 1 kB read (4 of 10 files), "), lines[1]);
        assertTrue(lines[2].startsWith("impact: 84% of 1 kB read"), lines[2]);
        assertEquals("impact: read 8 files (840 B stored, 840 MB of JSON) in 21.0 s, 40 MB/s of JSON", lines[3]);
    }

    @Test
    void finish_nothingReported_printsNothing() {
        StringWriter err = new StringWriter();

        new ProgressPrinter(new PrintWriter(err), false).finish();

        assertEquals("", err.toString());
    }

    @Test
    void clock_hoursMinutesSeconds() {
        assertEquals("0:05", ProgressPrinter.clock(5));
        assertEquals("2:03", ProgressPrinter.clock(123));
        assertEquals("1:00:01", ProgressPrinter.clock(3601));
    }
}

package io.github.amigovernance.core.impact;

/**
 * How far an impact scan has got, as reported to a {@link ScanListener}.
 *
 * @param filesDone files read so far
 * @param filesTotal files to read in all
 * @param bytesDone bytes of the files read so far, as stored (compressed where the file is)
 * @param bytesTotal bytes of all files, as stored
 * @param jsonBytes bytes of JSON parsed so far, after decompression
 * @param elapsedNanos time since the scan started reading files
 */
public record ScanProgress(long filesDone, long filesTotal, long bytesDone, long bytesTotal, long jsonBytes,
        long elapsedNanos) {

    /**
     * Checks that the counts are consistent.
     *
     * @throws IllegalArgumentException if a count is negative
     */
    public ScanProgress {
        if (filesDone < 0 || filesTotal < 0 || bytesDone < 0 || bytesTotal < 0 || jsonBytes < 0 || elapsedNanos < 0) {
            throw new IllegalArgumentException("progress counts cannot be negative");
        }
    }

    /** Returns the share of stored bytes read, from 0 to 1; 1 when there is nothing to read. */
    public double fraction() {
        if (bytesTotal == 0) {
            return 1.0;
        }
        return Math.min(1.0, (double) bytesDone / bytesTotal);
    }
}

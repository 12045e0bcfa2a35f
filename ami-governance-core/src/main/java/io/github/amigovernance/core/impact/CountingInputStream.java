package io.github.amigovernance.core.impact;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the bytes read through it into a shared counter, for progress reports, and stops a read
 * that goes past a limit, so that a decompression bomb costs a bounded amount of time.
 */
final class CountingInputStream extends FilterInputStream {

    private final LongAdder counter;
    private final long limit;
    private long read;

    /**
     * Wraps {@code in}.
     *
     * @param counter where every byte read is added
     * @param limit the most bytes this stream may deliver before it fails
     */
    CountingInputStream(InputStream in, LongAdder counter, long limit) {
        super(in);
        this.counter = counter;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            add(skipped);
        }
        return skipped;
    }

    /** Returns how many bytes have been read through this stream. */
    long count() {
        return read;
    }

    private void add(long n) throws LimitExceeded {
        read += n;
        counter.add(n);
        if (read > limit) {
            throw new LimitExceeded(limit);
        }
    }

    /** Thrown when a stream delivers more bytes than its limit. */
    static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        LimitExceeded(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}

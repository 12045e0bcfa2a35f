package io.github.amigovernance.testkit;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the properties that passed in this JVM and their cases, for the end-of-run summary. */
final class PropertyLog {

    private static final AtomicInteger PROPERTIES = new AtomicInteger();
    private static final AtomicLong CASES = new AtomicLong();

    private PropertyLog() {
    }

    static void record(Property.Result result) {
        PROPERTIES.incrementAndGet();
        CASES.addAndGet(result.cases());
    }

    static int properties() {
        return PROPERTIES.get();
    }

    static long cases() {
        return CASES.get();
    }
}

package io.github.amigovernance.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What commands get from outside: where results and errors go, and the clock that gives "today".
 *
 * @param out where results go
 * @param err where errors and warnings for people go
 * @param clock the clock whose UTC date is the default {@code --as-of}
 */
record Context(PrintWriter out, PrintWriter err, Clock clock) {

    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(clock, "clock");
    }

    /** Returns today's date in UTC. */
    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }
}

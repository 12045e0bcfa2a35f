package io.github.amigovernance.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the command line in-process with captured output, as a test sees it. */
record CliRun(int exitCode, String out, String err) {

    /** The bundled example config. */
    static final Path EXAMPLE = Path.of("config", "ami_publishers.json");

    /** A fixed "now" inside the example's active exception, as seen from UTC. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:15:30Z"), ZoneOffset.UTC);

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.with(new PrintWriter(out, true), new PrintWriter(err, true), CLOCK).run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}

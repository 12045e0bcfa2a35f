package io.github.amigovernance.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs an embedding example's {@code run} method with captured output. */
record ExampleRun(int exitCode, String out, String err) {

    /** An example's {@code run} method. */
    @FunctionalInterface
    interface Runner {
        int run(PrintStream out, PrintStream err, String... args);
    }

    static ExampleRun of(Runner runner, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = runner.run(o, e, args);
        }
        return new ExampleRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}

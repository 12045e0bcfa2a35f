package io.github.amigovernance.cli;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/**
 * What every command shares: the output format, and turning unusable input into exit code 2 with
 * every problem listed.
 */
abstract class BaseCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output for people (text, the default) or for scripts (json).")
    OutputFormat format = OutputFormat.text;

    final Context context;

    BaseCommand(Context context) {
        this.context = context;
    }

    /** Returns the command name for JSON output, such as {@code generate}. */
    abstract String name();

    /** Does the work and returns the exit code. */
    abstract int execute();

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (InvalidInputException e) {
            reportBadInput(e);
            return ExitCode.BAD_INPUT;
        }
    }

    private void reportBadInput(InvalidInputException e) {
        if (format == OutputFormat.json) {
            JsonOut.write(context.out(), json -> {
                json.writeStartObject();
                json.writeStringField("command", name());
                json.writeStringField("status", "bad_input");
                JsonOut.problems(json, "problems", e.problems());
                json.writeEndObject();
            });
        }
        int count = e.problems().size();
        String headline = count == 1 ? "the input cannot be used:" : count + " problems in the input:";
        context.err().println("error: " + headline);
        for (InputProblem problem : e.problems()) {
            context.err().println("  " + problem);
        }
        context.err().flush();
    }
}

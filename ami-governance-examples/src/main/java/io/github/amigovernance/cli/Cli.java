package io.github.amigovernance.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code ami-governance} command line: builds the commands and runs one, returning its exit
 * code. Output goes to the writers given, so tests can read it.
 */
@Command(name = "ami-governance", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Govern which Amazon Machine Images may run across an AWS Organization.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings: an error finding, an expired exception, a limit broken",
                "2:bad input: options, config or other input file", "3:internal error"})
public final class Cli implements Runnable {

    private final Context context;

    @Spec
    private CommandSpec spec;

    Cli(Context context) {
        this.context = context;
    }

    /** Returns the command line wired to this process's standard streams and clock. */
    public static Cli standard() {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return new Cli(new Context(out, err, Clock.systemUTC()));
    }

    /** Returns a command line that writes to the given writers and takes "today" from {@code clock}. */
    public static Cli with(PrintWriter out, PrintWriter err, Clock clock) {
        return new Cli(new Context(out, err, clock));
    }

    /**
     * Runs the command named by {@code args}.
     *
     * @return the exit code
     */
    public int run(String... args) {
        CommandLine commandLine = new CommandLine(this)
                .addSubcommand(new GenerateCommand(context))
                .addSubcommand(new ValidateCommand(context))
                .addSubcommand(new ExceptionsCommand(context))
                .addSubcommand(new EvaluateCommand(context))
                .addSubcommand(new SchemaCommand(context))
                // Built as a CommandLine so that picocli applies its model transformer (its own --format).
                .addSubcommand(new CommandLine(new ImpactCommand(context)))
                .addSubcommand(new DriftCommand(context))
                .setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(false)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new InternalErrors());
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /** Without a command, prints the list of commands and fails as a usage error. */
    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "a command is required");
    }

    /** Prints a usage error in one line, with where to find help, and returns exit code 2. */
    private final class UsageErrors implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException e, String[] args) {
            CommandLine command = e.getCommandLine();
            PrintWriter err = context.err();
            err.println("error: " + e.getMessage());
            if (command.getCommandSpec().subcommands().isEmpty()) {
                err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
            } else {
                command.usage(err);
            }
            err.flush();
            return ExitCode.BAD_INPUT;
        }
    }

    /** Reports a failure of the tool itself without a stack trace, unless asked for one. */
    private final class InternalErrors implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
            PrintWriter err = context.err();
            err.println("internal error: " + e + ". This is a bug in ami-governance; please report it with the"
                    + " command that caused it.");
            if (System.getenv("AMI_GOVERNANCE_DEBUG") != null) {
                e.printStackTrace(err);
            } else {
                err.println("Set AMI_GOVERNANCE_DEBUG=1 to print the stack trace.");
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }
    }
}

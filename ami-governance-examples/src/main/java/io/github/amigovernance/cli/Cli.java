package io.github.amigovernance.cli;

import io.github.amigovernance.rules.ExceptionEvaluator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The {@code ami-governance} command line: builds the commands and runs one, returning its exit
 * code. Output goes to the writers given, so tests can read it.
 */
@Command(name = "ami-governance", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        description = "Govern which Amazon Machine Images may run across an AWS Organization.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:findings: an error finding, an expired exception, a limit broken",
                "2:bad input: options, config or other input file", "3:internal error"})
public final class Cli implements Runnable {

    /** The name of every command, in the order help lists them; see {@link #command(String)}. */
    static final List<String> COMMANDS = List.of("generate", "validate", "exceptions", "evaluate", "schema",
            "impact", "drift");

    /** The commands that read a config and render or compare the policies. */
    private static final Set<String> CONFIG_COMMANDS = Set.of("generate", "validate", "drift");

    /** The commands that judge exceptions with the rules. */
    private static final Set<String> RULE_COMMANDS = Set.of("validate", "exceptions", "evaluate");

    private final Context context;

    /** The command line being run; the usage error of a run without a command names it. */
    private CommandLine commandLine;

    Cli(Context context) {
        this.context = context;
    }

    /** Returns the command line wired to this process's standard streams and clock. */
    public static Cli standard() {
        PrintWriter out = new FixedLocaleWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new FixedLocaleWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        return new Cli(new Context(out, err, Clock.systemUTC()));
    }

    /**
     * Returns a command line that writes to the given writers and takes "today" from {@code clock}.
     * Numbers are formatted as {@link #standard()} formats them, whatever the default locale.
     */
    public static Cli with(PrintWriter out, PrintWriter err, Clock clock) {
        return new Cli(new Context(new FixedLocaleWriter(out, true), new FixedLocaleWriter(err, true), clock));
    }

    /**
     * Runs the command named by {@code args}.
     *
     * @return the exit code
     */
    public int run(String... args) {
        if (args.length > 0 && CONFIG_COMMANDS.contains(args[0])) {
            // Reading a config and rendering the policies for the first time costs more than the
            // work itself; a second thread does it beside the option parsing below.
            Warmup.start();
        }
        if (args.length > 0 && RULE_COMMANDS.contains(args[0])) {
            // Loading the rules is about a third of these commands' run: start it now, on the
            // other processor, beside the reading of options and files that comes first.
            ExceptionEvaluator.preload();
        }
        // Not a @Spec field: one annotation type fewer for the JVM to make a proxy class for.
        commandLine = new CommandLine(this);
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            // Building a command's model means reading its annotations by reflection, the largest
            // part of a short run's start-up; a run of one command needs only that one.
            commandLine.addSubcommand(command(args[0]));
        } else {
            // Help, errors and suggestions name every command.
            for (String name : COMMANDS) {
                commandLine.addSubcommand(command(name));
            }
        }
        commandLine.setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(false)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler(new InternalErrors());
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }

    /** Returns a new instance of the command called {@code name}, one of {@link #COMMANDS}. */
    Object command(String name) {
        return switch (name) {
            case "generate" -> new GenerateCommand(context);
            case "validate" -> new ValidateCommand(context);
            case "exceptions" -> new ExceptionsCommand(context);
            case "evaluate" -> new EvaluateCommand(context);
            case "schema" -> new SchemaCommand(context);
            // A CommandLine, so that picocli applies the command's model transformer (its own --format).
            case "impact" -> new CommandLine(new ImpactCommand(context));
            case "drift" -> new DriftCommand(context);
            default -> throw new IllegalArgumentException("no command called " + name);
        };
    }

    /** Without a command, prints the list of commands and fails as a usage error. */
    @Override
    public void run() {
        throw new ParameterException(commandLine, "a command is required");
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

package io.github.amigovernance.cli;

/** Starts the {@code ami-governance} command-line tool. */
public final class Main {

    private Main() {
    }

    /**
     * Runs the command named by {@code args} and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // picocli otherwise looks for Groovy on the class path when it starts, for Groovy closures
        // in annotations, which this tool does not use: a failed class lookup that costs start-up time.
        System.setProperty("picocli.disable.closures", "true");
        // picocli registers a converter for every java.time and java.sql type when it starts, which
        // initialises those classes (MonthDay and Period build date formatters). No option here
        // uses one: --as-of has its own converter, and a new option of such a type needs one too.
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        System.exit(Cli.standard().run(args));
    }
}

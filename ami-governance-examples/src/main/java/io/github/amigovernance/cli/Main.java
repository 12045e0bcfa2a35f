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
        System.exit(Cli.standard().run(args));
    }
}

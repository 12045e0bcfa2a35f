package io.github.amigovernance.cli;

/** The exit codes every command shares; the help text of each command publishes them. */
final class ExitCode {

    /** The command did what it was asked and found nothing wrong. */
    static final int OK = 0;

    /** The command ran but found a problem: an error finding, an expired exception, a limit broken. */
    static final int FINDINGS = 1;

    /** The input could not be used: a bad option, a missing or malformed file. */
    static final int BAD_INPUT = 2;

    /** The tool itself failed; this is a bug. */
    static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}

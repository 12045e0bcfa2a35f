package io.github.amigovernance.cli;

/** How the {@code impact} command prints its report: the two shared formats, and markdown for change requests. */
enum ReportFormat {

    /** Lines for a person reading a terminal or a CI log. */
    text,

    /** One JSON document on standard output, for scripts and bots. */
    json,

    /** Tables to paste into a change request or a pull request comment. */
    markdown;

    /** Returns the shared format that errors about bad input are printed in. */
    OutputFormat forErrors() {
        return this == json ? OutputFormat.json : OutputFormat.text;
    }
}

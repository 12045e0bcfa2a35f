package io.github.amigovernance.cli;

/** How a command prints its result. */
enum OutputFormat {

    /** Lines for a person reading a terminal or a CI log. */
    text,

    /** One JSON document on standard output, for scripts and bots. */
    json
}

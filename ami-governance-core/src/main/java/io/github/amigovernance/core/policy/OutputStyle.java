package io.github.amigovernance.core.policy;

/** How rendered policies are laid out. Both forms hold the same policy; only white space differs. */
public enum OutputStyle {

    /** No white space at all: the smallest form, and the one to upload, since AWS counts every character. */
    COMPACT,

    /** Indented by two spaces, one value a line, for people reviewing a change. */
    PRETTY
}

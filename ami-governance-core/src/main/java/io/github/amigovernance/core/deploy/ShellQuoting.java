package io.github.amigovernance.core.deploy;

/** Quotes text for bash so that it reaches a command exactly as it is, whatever characters it holds. */
final class ShellQuoting {

    private ShellQuoting() {
    }

    /**
     * Returns the text in single quotes, each single quote inside written as {@code '\''}. Within
     * single quotes bash gives every character, line breaks included, its literal meaning.
     *
     * @throws IllegalArgumentException if the text holds a NUL character, which no shell word can carry
     */
    static String quote(String text) {
        if (text.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("a shell word cannot hold a NUL character");
        }
        return "'" + text.replace("'", "'\\''") + "'";
    }
}

package io.github.amigovernance.core.json;

/**
 * A position in a JSON text, as the parser reports it: both numbers start at 1.
 *
 * @param line the line number, counting from 1
 * @param column the column number, counting from 1
 */
public record SourceLocation(int line, int column) {

    /**
     * Checks that both numbers are positive.
     *
     * @throws IllegalArgumentException if {@code line} or {@code column} is below 1
     */
    public SourceLocation {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
        }
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}

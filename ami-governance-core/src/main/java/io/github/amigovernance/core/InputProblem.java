package io.github.amigovernance.core;

import io.github.amigovernance.core.json.SourceLocation;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with an input file: where it is and what was expected.
 *
 * <p>{@link #toString()} gives the form compilers use, which terminals and editors turn into
 * links: {@code config.json:12:7: exception_accounts[2].expires_on: expected a date ...}.
 *
 * @param source the file name or other label of the input
 * @param path the JSON path of the offending value, such as {@code vendor_publisher_accounts[1].account_id};
 *     empty for the document as a whole
 * @param location the line and column, when known
 * @param message what was found and what was expected
 */
public record InputProblem(String source, String path, Optional<SourceLocation> location, String message) {

    /** Checks that no part is missing. */
    public InputProblem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** Creates a problem at a known location. */
    public static InputProblem at(String source, String path, SourceLocation location, String message) {
        return new InputProblem(source, path, Optional.of(location), message);
    }

    /** Creates a problem that has no position in the text, such as a file that cannot be read. */
    public static InputProblem of(String source, String message) {
        return new InputProblem(source, "", Optional.empty(), message);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        location.ifPresent(l -> out.append(':').append(l.line()).append(':').append(l.column()));
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}

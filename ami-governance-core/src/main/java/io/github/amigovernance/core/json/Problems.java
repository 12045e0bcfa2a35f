package io.github.amigovernance.core.json;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Collects the problems found in one input file while it is read, so that all of them can be
 * reported together. Not thread-safe: one instance serves one read of one file.
 */
public final class Problems {

    /**
     * Holds the order problems are reported in, made on first use: most reads find no problem,
     * and making the comparator's lambdas costs a short command-line run a few milliseconds.
     */
    private static final class Order {
        static final Comparator<InputProblem> IN_TEXT = Comparator
                .comparingInt((InputProblem p) -> p.location().map(SourceLocation::line).orElse(0))
                .thenComparingInt(p -> p.location().map(SourceLocation::column).orElse(0));
    }

    private final String source;
    private final List<InputProblem> found = new ArrayList<>();

    /**
     * Creates an empty collector.
     *
     * @param source the file name or label that every problem will carry
     */
    public Problems(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Returns the file name or label that problems carry. */
    public String source() {
        return source;
    }

    /** Records a problem with the value at {@code path}, which starts at {@code location}. */
    public void add(String path, SourceLocation location, String message) {
        found.add(InputProblem.at(source, path, location, message));
    }

    /** Records a problem with the given value. */
    public void add(String path, JsonValue value, String message) {
        add(path, value.location(), message);
    }

    /** Records a problem that has no position in the text. */
    public void add(String message) {
        found.add(InputProblem.of(source, message));
    }

    /** Returns whether nothing has been recorded. */
    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Returns the problems recorded so far, in text order. */
    public List<InputProblem> list() {
        List<InputProblem> sorted = new ArrayList<>(found);
        sorted.sort(Order.IN_TEXT);
        return List.copyOf(sorted);
    }

    /**
     * Throws when anything has been recorded.
     *
     * @throws InvalidInputException carrying every recorded problem, in text order
     */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }
}

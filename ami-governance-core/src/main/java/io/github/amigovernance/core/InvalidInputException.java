package io.github.amigovernance.core;

import java.util.List;

/**
 * Thrown when an input file (a config, an exception request, a generated policy) cannot be used.
 * It carries every problem found in the file, not only the first.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems found, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public InvalidInputException(List<InputProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Returns the problems, in the order they occur in the file. */
    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid input has at least one problem");
        }
        if (problems.size() == 1) {
            return problems.get(0).toString();
        }
        return problems.size() + " problems, the first: " + problems.get(0);
    }
}

package io.github.amigovernance.testkit;

/**
 * Thrown when a property does not hold. Its message holds the smallest failing input found, the
 * seed and the command that repeats the failure; its cause is the failure on that input.
 */
public final class PropertyFailure extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the failure.
     *
     * @param report the report for the reader
     * @param cause the failure on the smallest input, or null when there is none
     */
    public PropertyFailure(String report, Throwable cause) {
        super(report, cause);
    }
}

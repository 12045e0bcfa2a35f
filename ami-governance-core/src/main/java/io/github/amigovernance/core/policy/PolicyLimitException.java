package io.github.amigovernance.core.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when the policies a config renders to would break an AWS limit. Nothing should be
 * written then: a policy AWS rejects, or one cut down to fit, would not mean what the config says.
 */
public final class PolicyLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<LimitViolation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every limit broken, at least one
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public PolicyLimitException(List<LimitViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    /** Returns every limit broken. */
    public List<LimitViolation> violations() {
        return violations;
    }

    private static String summary(List<LimitViolation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a limit exception needs at least one violation");
        }
        return violations.stream().map(LimitViolation::toString).collect(Collectors.joining(" "));
    }
}

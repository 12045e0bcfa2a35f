package io.github.amigovernance.rules.engine;

import io.github.amigovernance.core.verify.Finding;
import java.util.Objects;

/**
 * A finding together with the exception it is about, the result fact a rule records.
 *
 * @param caseIndex the {@link ExceptionCase#index()} of the exception
 * @param missingRole the role whose approval is missing, for approval findings; otherwise empty
 * @param roleOrder the role's position in the policy, for approval findings; otherwise 0
 * @param finding the finding
 */
public record RuleFinding(int caseIndex, String missingRole, int roleOrder, Finding finding) {

    /** Checks that no part is missing. */
    public RuleFinding {
        Objects.requireNonNull(missingRole, "missingRole");
        Objects.requireNonNull(finding, "finding");
    }
}

package io.github.amigovernance.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The data of an evaluation of the exception rules: the exceptions to judge (each carrying the
 * policy values it is compared with), the policy's approval matrix, and the findings the rules
 * record. The rules match the stores with OOPath ({@code /cases}, {@code /requiredApprovals}) and
 * see {@code findings} as a global.
 *
 * <p>Mutable and not thread-safe: one thread uses an instance at a time.
 */
public final class ExceptionUnit implements RuleUnitData {

    private final DataStore<ExceptionCase> cases = DataSource.createStore();
    private final DataStore<RequiredApproval> requiredApprovals = DataSource.createStore();
    private final List<RuleFinding> findings = new ArrayList<>();

    /** Returns the exceptions to judge. */
    public DataStore<ExceptionCase> getCases() {
        return cases;
    }

    /** Returns the approval matrix, one role of one type per fact. */
    public DataStore<RequiredApproval> getRequiredApprovals() {
        return requiredApprovals;
    }

    /** Returns the findings the rules recorded. */
    public List<RuleFinding> getFindings() {
        return findings;
    }
}

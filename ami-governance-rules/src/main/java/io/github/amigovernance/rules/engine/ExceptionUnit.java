package io.github.amigovernance.rules.engine;

import java.util.ArrayList;
import java.util.List;
import org.drools.ruleunits.api.DataSource;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnitData;

/**
 * The data of one evaluation of the exception rules: the exceptions to judge, the policy they
 * are judged by, and the findings the rules record. The rules match the stores with OOPath
 * ({@code /cases}, {@code /typeLimits}, ...) and see {@code findings} as a global.
 *
 * <p>One instance serves one evaluation; it is mutable and not thread-safe.
 */
public final class ExceptionUnit implements RuleUnitData {

    private final DataStore<ExceptionCase> cases = DataSource.createStore();
    private final DataStore<TypeLimit> typeLimits = DataSource.createStore();
    private final DataStore<RequiredApproval> requiredApprovals = DataSource.createStore();
    private final DataStore<Publisher> publishers = DataSource.createStore();
    private final List<RuleFinding> findings = new ArrayList<>();

    /** Returns the exceptions to judge. */
    public DataStore<ExceptionCase> getCases() {
        return cases;
    }

    /** Returns the maximum duration of each type. */
    public DataStore<TypeLimit> getTypeLimits() {
        return typeLimits;
    }

    /** Returns the approval matrix, one role of one type per fact. */
    public DataStore<RequiredApproval> getRequiredApprovals() {
        return requiredApprovals;
    }

    /** Returns the publisher accounts that some exception also names. */
    public DataStore<Publisher> getPublishers() {
        return publishers;
    }

    /** Returns the findings the rules recorded. */
    public List<RuleFinding> getFindings() {
        return findings;
    }
}

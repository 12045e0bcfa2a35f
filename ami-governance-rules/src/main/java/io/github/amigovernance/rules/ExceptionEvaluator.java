package io.github.amigovernance.rules;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.model.ExceptionTypePolicy;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.VendorPublisher;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.rules.engine.Chains;
import io.github.amigovernance.rules.engine.ExceptionCase;
import io.github.amigovernance.rules.engine.ExceptionUnit;
import io.github.amigovernance.rules.engine.Publisher;
import io.github.amigovernance.rules.engine.RequiredApproval;
import io.github.amigovernance.rules.engine.RuleFinding;
import io.github.amigovernance.rules.engine.RuleParameters;
import io.github.amigovernance.rules.engine.TypeLimit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Judges exceptions with the exception rules: a request a person or portal submits
 * ({@link #evaluate}), or every exception in a config ({@link #check}, {@link #report}).
 *
 * <p>The rules are compiled into Java when this library is built. They are loaded once per
 * process, on first use, and shared; every call works on its own rule-unit instance, so one
 * evaluator can serve any number of threads at once.
 */
public final class ExceptionEvaluator {

    private static final Logger LOG = LoggerFactory.getLogger(ExceptionEvaluator.class);

    private static final Comparator<RuleFinding> ORDER = Comparator
            .comparing((RuleFinding f) -> f.finding().severity())
            .thenComparingInt(RuleFinding::caseIndex)
            .thenComparingInt(RuleFinding::roleOrder)
            .thenComparing(f -> f.finding().code())
            .thenComparing(f -> f.finding().message());

    private static final String REQUEST_LABEL = "the request";
    private static final int REQUEST_INDEX = -1;

    /** Each thread's reusable rule-unit instance; see {@link Session}. */
    private static final ThreadLocal<Session> SESSIONS = ThreadLocal.withInitial(Session::new);

    /** Holds the rule unit, built the first time any evaluator needs it. */
    private static final class Rules {
        static final RuleUnit<ExceptionUnit> UNIT = load();

        private static RuleUnit<ExceptionUnit> load() {
            long started = System.nanoTime();
            RuleUnit<ExceptionUnit> unit = RuleUnitProvider.get().getRuleUnit(new ExceptionUnit());
            LOG.debug("Loaded the exception rules in {} ms", (System.nanoTime() - started) / 1_000_000);
            return unit;
        }
    }

    /** Creates an evaluator. All evaluators share one rule base, loaded on first use. */
    public ExceptionEvaluator() {
    }

    /** Returns the shared, pre-built rule unit; exposed so tests can check how it was built. */
    static RuleUnit<ExceptionUnit> ruleUnit() {
        return Rules.UNIT;
    }

    /**
     * Judges a request against the policy in {@code config}, taking the config's exceptions for the
     * same account as the history a renewal extends.
     *
     * @param request the request
     * @param config the config whose policy, publishers and exceptions apply
     * @param asOf the day of the judgement (UTC)
     * @return the decision, with every finding
     */
    public Decision evaluate(ExceptionRequest request, GovernanceConfig config, LocalDate asOf) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        ExceptionPolicy policy = config.exceptionPolicy();
        List<Chains.Period> history = new ArrayList<>();
        for (ExceptionAccount exception : config.exceptions()) {
            if (exception.accountId().equals(request.accountId())) {
                exception.start().ifPresent(start -> history.add(new Chains.Period(start, exception.expiresOn())));
            }
        }
        return decide(request, policy, publishers(config, Set.of(request.accountId())), history, asOf);
    }

    private static Decision decide(ExceptionRequest request, ExceptionPolicy policy, List<Publisher> publishers,
            List<Chains.Period> history, LocalDate asOf) {
        List<RuleFinding> fired = fire(policy, new RuleParameters(asOf, policy.absoluteMaxDays(),
                policy.extensionApprover(), policy.warningDays()), publishers, List.of(requestCase(request, history)));

        List<Finding> findings = fired.stream().map(RuleFinding::finding).toList();
        List<String> missing = fired.stream().filter(f -> !f.missingRole().isEmpty())
                .map(RuleFinding::missingRole).distinct().toList();
        Outcome outcome = findings.stream().anyMatch(Finding::isError) ? Outcome.REJECTED
                : missing.isEmpty() ? Outcome.APPROVED : Outcome.PENDING_APPROVAL;
        return new Decision(outcome, missing, latestExpiry(request, policy), findings);
    }

    /**
     * Judges a request against the default policy, with no history of earlier exceptions and no
     * publisher accounts to compare with.
     *
     * @see #evaluate(ExceptionRequest, GovernanceConfig, LocalDate)
     */
    public Decision evaluate(ExceptionRequest request, LocalDate asOf) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(asOf, "asOf");
        return decide(request, ExceptionPolicy.DEFAULTS, List.of(), List.of(), asOf);
    }

    /**
     * Returns the findings about every exception in {@code config}, entry by entry, errors first
     * within each entry.
     *
     * @param warningDays how many days before its expiry an entry counts as expiring soon
     */
    public List<Finding> check(GovernanceConfig config, LocalDate asOf, int warningDays) {
        return report(config, asOf, warningDays).findings();
    }

    /**
     * Returns every exception in {@code config} with its state and the rules' findings about it.
     *
     * <p>An expired entry is reported only as expired: whatever else is wrong with it stops
     * mattering once it is removed or replaced by a renewal, which is the one thing to do about it.
     *
     * @param warningDays how many days before its expiry an entry counts as expiring soon
     * @throws IllegalArgumentException if {@code warningDays} is negative
     */
    public ExceptionReport report(GovernanceConfig config, LocalDate asOf, int warningDays) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(asOf, "asOf");
        if (warningDays < 0) {
            throw new IllegalArgumentException("the warning window cannot be negative, got " + warningDays);
        }
        List<ExceptionAccount> exceptions = config.exceptions();
        List<ExceptionStatus> statuses = new ArrayList<>();
        if (exceptions.isEmpty()) {
            return new ExceptionReport(asOf, warningDays, statuses);
        }
        Map<AccountId, List<Chains.Period>> periods = new HashMap<>();
        Set<AccountId> accounts = new HashSet<>();
        for (ExceptionAccount exception : exceptions) {
            accounts.add(exception.accountId());
            exception.start().ifPresent(start -> periods.computeIfAbsent(exception.accountId(),
                    a -> new ArrayList<>()).add(new Chains.Period(start, exception.expiresOn())));
        }
        List<ExceptionCase> cases = new ArrayList<>(exceptions.size());
        for (int i = 0; i < exceptions.size(); i++) {
            cases.add(configCase(i, exceptions.get(i), periods.getOrDefault(exceptions.get(i).accountId(), List.of())));
        }
        ExceptionPolicy policy = config.exceptionPolicy();
        List<RuleFinding> fired = fire(policy, new RuleParameters(asOf, policy.absoluteMaxDays(),
                policy.extensionApprover(), warningDays), publishers(config, accounts), cases);

        Map<Integer, List<Finding>> byEntry = new HashMap<>();
        for (RuleFinding finding : fired) {
            byEntry.computeIfAbsent(finding.caseIndex(), i -> new ArrayList<>()).add(finding.finding());
        }
        for (int i = 0; i < exceptions.size(); i++) {
            ExceptionAccount exception = exceptions.get(i);
            long daysLeft = ChronoUnit.DAYS.between(asOf, exception.expiresOn());
            List<Finding> findings = byEntry.getOrDefault(i, List.of());
            ExceptionStatus.State state;
            if (daysLeft < 0) {
                state = ExceptionStatus.State.EXPIRED;
                findings = findings.stream().filter(f -> f.code().equals("EXPIRED")).toList();
            } else {
                state = daysLeft <= warningDays ? ExceptionStatus.State.EXPIRING : ExceptionStatus.State.ACTIVE;
            }
            statuses.add(new ExceptionStatus(i, exception, state, daysLeft, findings));
        }
        return new ExceptionReport(asOf, warningDays, statuses);
    }

    private static List<RuleFinding> fire(ExceptionPolicy policy, RuleParameters parameters,
            List<Publisher> publishers, List<ExceptionCase> cases) {
        Session session = SESSIONS.get();
        try {
            List<RuleFinding> fired = session.run(policy, parameters, publishers, cases);
            fired.sort(ORDER);
            return fired;
        } catch (RuntimeException | Error e) {
            // A session that failed half-way may hold stale facts: drop it, the next call starts clean.
            SESSIONS.remove();
            session.close();
            throw e;
        }
    }

    /**
     * One thread's long-lived rule-unit instance. Creating an instance costs far more than
     * judging one exception, so each thread keeps one: the policy facts stay in while the policy
     * is the same, and the exceptions and publishers of a call are added, fired and removed again.
     * Not thread-safe; reached only through {@link #SESSIONS}.
     */
    private static final class Session implements AutoCloseable {

        private final ExceptionUnit unit = new ExceptionUnit();
        private final RuleUnitInstance<ExceptionUnit> instance = Rules.UNIT.createInstance(unit);
        private final List<DataHandle> typeHandles = new ArrayList<>();
        private final List<DataHandle> approvalHandles = new ArrayList<>();
        private ExceptionPolicy policy;
        private RuleParameters parameters;
        private DataHandle parametersHandle;

        List<RuleFinding> run(ExceptionPolicy newPolicy, RuleParameters newParameters, List<Publisher> publishers,
                List<ExceptionCase> cases) {
            usePolicy(newPolicy);
            useParameters(newParameters);
            List<DataHandle> publisherHandles = new ArrayList<>(publishers.size());
            List<DataHandle> caseHandles = new ArrayList<>(cases.size());
            try {
                publishers.forEach(p -> publisherHandles.add(unit.getPublishers().add(p)));
                cases.forEach(c -> caseHandles.add(unit.getCases().add(c)));
                instance.fire();
                return new ArrayList<>(unit.getFindings());
            } finally {
                caseHandles.forEach(unit.getCases()::remove);
                publisherHandles.forEach(unit.getPublishers()::remove);
                unit.getFindings().clear();
            }
        }

        private void usePolicy(ExceptionPolicy newPolicy) {
            if (newPolicy.equals(policy)) {
                return;
            }
            typeHandles.forEach(unit.getTypeLimits()::remove);
            approvalHandles.forEach(unit.getRequiredApprovals()::remove);
            typeHandles.clear();
            approvalHandles.clear();
            for (ExceptionTypePolicy type : newPolicy.types().values()) {
                typeHandles.add(unit.getTypeLimits().add(new TypeLimit(type.name(), type.maxDays())));
                List<String> roles = type.requiredApprovals();
                for (int i = 0; i < roles.size(); i++) {
                    approvalHandles.add(unit.getRequiredApprovals().add(new RequiredApproval(type.name(), roles.get(i),
                            i)));
                }
            }
            policy = newPolicy;
        }

        private void useParameters(RuleParameters newParameters) {
            if (newParameters.equals(parameters)) {
                return;
            }
            if (parametersHandle == null) {
                parametersHandle = unit.getParameters().add(newParameters);
            } else {
                unit.getParameters().update(parametersHandle, newParameters);
            }
            parameters = newParameters;
        }

        @Override
        public void close() {
            instance.close();
        }
    }

    /** Returns the publishers among {@code accounts}: the only ones a redundancy rule could match. */
    private static List<Publisher> publishers(GovernanceConfig config, Set<AccountId> accounts) {
        List<Publisher> publishers = new ArrayList<>();
        AccountId ops = config.opsPublisher().accountId();
        if (accounts.contains(ops)) {
            publishers.add(new Publisher(ops.value(), "the ops publisher"));
        }
        Set<AccountId> seen = new HashSet<>();
        for (VendorPublisher vendor : config.vendorPublishers()) {
            if (accounts.contains(vendor.accountId()) && seen.add(vendor.accountId())) {
                publishers.add(new Publisher(vendor.accountId().value(), "the vendor publisher "
                        + vendor.vendorName()));
            }
        }
        return publishers;
    }

    private static ExceptionCase configCase(int index, ExceptionAccount exception, List<Chains.Period> periods) {
        LocalDate start = exception.start().orElse(null);
        long duration = start == null ? -1 : ChronoUnit.DAYS.between(start, exception.expiresOn());
        LocalDate chainStart = start == null ? null
                : Chains.runStart(new Chains.Period(start, exception.expiresOn()), periods);
        long chainDays = chainStart == null ? -1 : ChronoUnit.DAYS.between(chainStart, exception.expiresOn());
        String label = "exception " + exception.ticket() + " (exception_accounts[" + index + "])";
        return new ExceptionCase(index, label, false, exception.accountId().value(), exception.type().orElse(""),
                start, exception.expiresOn(), duration, new LinkedHashSet<>(exception.approvedBy()),
                exception.approvalDate().orElse(null), true, true, true, true, false, chainStart, chainDays);
    }

    private static ExceptionCase requestCase(ExceptionRequest request, List<Chains.Period> history) {
        LocalDate start = request.startDate();
        Chains.Period period = new Chains.Period(start, request.expiresOn());
        LocalDate chainStart = Chains.runStart(period, history);
        LocalDate latestApproval = request.approvals().stream().map(Approval::date).max(Comparator.naturalOrder())
                .orElse(null);
        return new ExceptionCase(REQUEST_INDEX, REQUEST_LABEL, true, request.accountId().value(), request.type(),
                start, request.expiresOn(), ChronoUnit.DAYS.between(start, request.expiresOn()),
                new LinkedHashSet<>(request.approverRoles()), latestApproval, !request.justification().isBlank(),
                !request.exitPlan().isBlank(), !request.technicalContact().isBlank(), !request.sponsor().isBlank(),
                request.extensionJustification().isPresent(), chainStart,
                ChronoUnit.DAYS.between(chainStart, request.expiresOn()));
    }

    /** Returns the latest expiry that stays within both the type's maximum and the absolute maximum. */
    private static LocalDate latestExpiry(ExceptionRequest request, ExceptionPolicy policy) {
        int days = policy.type(request.type()).map(ExceptionTypePolicy::maxDays).orElse(policy.absoluteMaxDays());
        return request.startDate().plusDays(Math.min(days, policy.absoluteMaxDays()));
    }
}

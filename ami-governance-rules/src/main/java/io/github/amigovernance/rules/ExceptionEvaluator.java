package io.github.amigovernance.rules;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.model.ExceptionTypePolicy;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.rules.engine.Chains;
import io.github.amigovernance.rules.engine.ExceptionCase;
import io.github.amigovernance.rules.engine.ExceptionUnit;
import io.github.amigovernance.rules.engine.Publisher;
import io.github.amigovernance.rules.engine.RequiredApproval;
import io.github.amigovernance.rules.engine.RuleFinding;
import io.github.amigovernance.rules.engine.RuleParameters;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.drools.ruleunits.api.DataHandle;
import org.drools.ruleunits.api.DataStore;
import org.drools.ruleunits.api.RuleUnit;
import org.drools.ruleunits.api.RuleUnitInstance;
import org.drools.ruleunits.api.RuleUnitProvider;
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

    // The fields that take work to set up (a logger, comparators, a thread-local) live in the
    // nested classes that use them, so that preload() returns at once: a class's static fields
    // are set up by the thread that first touches the class, and preload() touches only this one.

    private static final String REQUEST_LABEL = "the request";
    private static final int REQUEST_INDEX = -1;

    /** Holds the rule unit, built the first time any evaluator needs it. */
    private static final class Rules {
        static final RuleUnit<ExceptionUnit> UNIT = load();

        private static RuleUnit<ExceptionUnit> load() {
            long started = System.nanoTime();
            RuleUnit<ExceptionUnit> unit = RuleUnitProvider.get().getRuleUnit(new ExceptionUnit());
            LoggerFactory.getLogger(ExceptionEvaluator.class)
                    .debug("Loaded the exception rules in {} ms", (System.nanoTime() - started) / 1_000_000);
            return unit;
        }
    }

    /** Whether {@link #preload()} has started its thread. */
    private static boolean preloading;

    /** Creates an evaluator. All evaluators share one rule base, loaded on first use. */
    public ExceptionEvaluator() {
    }

    /**
     * Starts loading the rule base on a background daemon thread and returns at once, so that a
     * caller with other work to do before its first evaluation (a command line reading its input,
     * a service starting up) does not wait for the rules afterwards. The thread also judges one
     * made-up request, which loads the classes every evaluation uses. Calls after the first do
     * nothing; an evaluation that starts while the rules are still loading waits for them.
     */
    public static synchronized void preload() {
        // A lock rather than an atomic flag: the first atomic variable of a process sets up the
        // JVM's method-handle machinery, milliseconds a command line would spend before the
        // thread starts.
        if (!preloading) {
            preloading = true;
            Thread thread = new Thread(new Preloader(), "ami-governance-rules-preload");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Runs {@link #judgeSample()}; a failure is only logged. */
    private static final class Preloader implements Runnable {
        @Override
        public void run() {
            try {
                judgeSample();
            } catch (RuntimeException | LinkageError e) {
                // The first real evaluation loads the rules again and reports whatever went wrong.
                LoggerFactory.getLogger(ExceptionEvaluator.class).debug("Preloading the exception rules failed", e);
            }
        }
    }

    /**
     * Judges a made-up migration request with no sponsor and one of its two approvals, which loads
     * the rules and the classes every evaluation uses. A test checks what it finds, so that the
     * preload keeps exercising the rules as they change.
     */
    static Decision judgeSample() {
        LocalDate day = LocalDate.of(2026, 1, 1);
        return new ExceptionEvaluator().evaluate(new ExceptionRequest(AccountId.of("000000000000"), "migration", day,
                day.plusDays(30), "preload", "preload", "preload", "", List.of(new Approval("security-lead",
                "preload", day)), Optional.empty()), day);
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
        ConfigIndex index = Session.CURRENT.get().index(config);
        return decide(request, config.exceptionPolicy(), index.publishers(request.accountId()),
                index.history(request.accountId()), asOf);
    }

    private static Decision decide(ExceptionRequest request, ExceptionPolicy policy, List<Publisher> publishers,
            List<Chains.Period> history, LocalDate asOf) {
        RuleParameters parameters = new RuleParameters(asOf, policy.absoluteMaxDays(), policy.extensionApprover(),
                policy.warningDays());
        List<RuleFinding> fired = fire(policy, List.of(requestCase(request, history, typeMaxDays(policy,
                request.type()), publishers, parameters)));

        List<Finding> findings = new ArrayList<>(fired.size());
        List<String> missing = new ArrayList<>();
        boolean rejected = false;
        for (RuleFinding finding : fired) {
            findings.add(finding.finding());
            rejected |= finding.finding().isError();
            if (!finding.missingRole().isEmpty() && !missing.contains(finding.missingRole())) {
                missing.add(finding.missingRole());
            }
        }
        Outcome outcome = rejected ? Outcome.REJECTED : missing.isEmpty() ? Outcome.APPROVED : Outcome.PENDING_APPROVAL;
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
        ConfigIndex index = Session.CURRENT.get().index(config);
        ExceptionPolicy policy = config.exceptionPolicy();
        RuleParameters parameters = new RuleParameters(asOf, policy.absoluteMaxDays(), policy.extensionApprover(),
                warningDays);
        List<ExceptionCase> cases = new ArrayList<>(exceptions.size());
        for (int i = 0; i < exceptions.size(); i++) {
            ExceptionAccount exception = exceptions.get(i);
            cases.add(configCase(i, exception, index.history(exception.accountId()),
                    typeMaxDays(policy, exception.type().orElse("")), index.publishers(exception.accountId()),
                    parameters));
        }
        List<RuleFinding> fired = fire(policy, cases);

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

    private static List<RuleFinding> fire(ExceptionPolicy policy, List<ExceptionCase> cases) {
        Session session = Session.CURRENT.get();
        try {
            return session.run(policy, cases);
        } catch (RuntimeException | Error e) {
            // A session that failed half-way may hold stale facts: drop it, the next call starts clean.
            Session.CURRENT.remove();
            session.close();
            throw e;
        }
    }

    /**
     * One thread's long-lived rule-unit instance. Creating an instance costs far more than
     * judging one exception, so each thread keeps one: the approval matrix stays in while the
     * policy is the same, and the exceptions of a call are added, fired and removed again. It also
     * keeps what is looked up by account in the last config it was given (history, publishers),
     * so that a portal judging request after request against one config does not search the
     * config's exceptions and publishers every time.
     * Not thread-safe; reached only through {@link #CURRENT}.
     */
    private static final class Session implements AutoCloseable {

        /** Each thread's session, made on the thread's first call. */
        static final ThreadLocal<Session> CURRENT = ThreadLocal.withInitial(Session::new);

        /** The order of findings: by severity, then the case, the role, the code and the message. */
        private static final Comparator<RuleFinding> ORDER = Comparator
                .comparing((RuleFinding f) -> f.finding().severity())
                .thenComparingInt(RuleFinding::caseIndex)
                .thenComparingInt(RuleFinding::roleOrder)
                .thenComparing(f -> f.finding().code())
                .thenComparing(f -> f.finding().message());

        private final ExceptionUnit unit = new ExceptionUnit();
        private final RuleUnitInstance<ExceptionUnit> instance = Rules.UNIT.createInstance(unit);
        private final List<DataHandle> approvalHandles = new ArrayList<>();
        private ExceptionPolicy policy;
        private GovernanceConfig indexedConfig;
        private ConfigIndex index;

        /** Returns the index of {@code config}, made again only when the config is another object. */
        ConfigIndex index(GovernanceConfig config) {
            if (config != indexedConfig) {
                index = new ConfigIndex(config);
                indexedConfig = config;
            }
            return index;
        }

        List<RuleFinding> run(ExceptionPolicy newPolicy, List<ExceptionCase> cases) {
            usePolicy(newPolicy);
            DataStore<ExceptionCase> store = unit.getCases();
            DataHandle[] handles = new DataHandle[cases.size()];
            try {
                for (int i = 0; i < handles.length; i++) {
                    handles[i] = store.add(cases.get(i));
                }
                instance.fire();
                List<RuleFinding> fired = new ArrayList<>(unit.getFindings());
                fired.sort(ORDER);
                return fired;
            } finally {
                for (DataHandle handle : handles) {
                    if (handle != null) {
                        store.remove(handle);
                    }
                }
                unit.getFindings().clear();
            }
        }

        private void usePolicy(ExceptionPolicy newPolicy) {
            if (newPolicy == policy || policy != null && newPolicy.equals(policy)) {
                return;
            }
            approvalHandles.forEach(unit.getRequiredApprovals()::remove);
            approvalHandles.clear();
            for (ExceptionTypePolicy type : newPolicy.types().values()) {
                List<String> roles = type.requiredApprovals();
                for (int i = 0; i < roles.size(); i++) {
                    approvalHandles.add(unit.getRequiredApprovals().add(new RequiredApproval(type.name(), roles.get(i),
                            i)));
                }
            }
            policy = newPolicy;
        }

        @Override
        public void close() {
            instance.close();
        }
    }

    /** Returns the longest the policy lets an exception of {@code type} run, or -1 when it has no such type. */
    private static int typeMaxDays(ExceptionPolicy policy, String type) {
        ExceptionTypePolicy limits = policy.types().get(type);
        return limits == null ? -1 : limits.maxDays();
    }

    private static ExceptionCase configCase(int index, ExceptionAccount exception, List<Chains.Period> periods,
            int typeMaxDays, List<Publisher> publishers, RuleParameters parameters) {
        LocalDate start = exception.start().orElse(null);
        long duration = start == null ? -1 : ChronoUnit.DAYS.between(start, exception.expiresOn());
        LocalDate chainStart = start == null ? null
                : Chains.runStart(new Chains.Period(start, exception.expiresOn()), periods);
        long chainDays = chainStart == null ? -1 : ChronoUnit.DAYS.between(chainStart, exception.expiresOn());
        String label = "exception " + exception.ticket() + " (exception_accounts[" + index + "])";
        return new ExceptionCase(index, label, false, exception.accountId(), exception.type().orElse(""),
                start, exception.expiresOn(), duration, exception.approvedBy(), exception.approvalDate().orElse(null),
                true, true, true, true, false, chainStart, chainDays, typeMaxDays, publishers, parameters);
    }

    private static ExceptionCase requestCase(ExceptionRequest request, List<Chains.Period> history, int typeMaxDays,
            List<Publisher> publishers, RuleParameters parameters) {
        LocalDate start = request.startDate();
        LocalDate chainStart = history.isEmpty() ? start
                : Chains.runStart(new Chains.Period(start, request.expiresOn()), history);
        LocalDate latestApproval = null;
        String[] roles = new String[request.approvals().size()];
        for (int i = 0; i < roles.length; i++) {
            Approval approval = request.approvals().get(i);
            roles[i] = approval.role();
            if (latestApproval == null || approval.date().isAfter(latestApproval)) {
                latestApproval = approval.date();
            }
        }
        return new ExceptionCase(REQUEST_INDEX, REQUEST_LABEL, true, request.accountId(), request.type(),
                start, request.expiresOn(), ChronoUnit.DAYS.between(start, request.expiresOn()),
                List.of(roles), latestApproval, !request.justification().isBlank(),
                !request.exitPlan().isBlank(), !request.technicalContact().isBlank(), !request.sponsor().isBlank(),
                request.extensionJustification().isPresent(), chainStart,
                ChronoUnit.DAYS.between(chainStart, request.expiresOn()), typeMaxDays, publishers, parameters);
    }

    /** Returns the latest expiry that stays within both the type's maximum and the absolute maximum. */
    private static LocalDate latestExpiry(ExceptionRequest request, ExceptionPolicy policy) {
        int days = policy.type(request.type()).map(ExceptionTypePolicy::maxDays).orElse(policy.absoluteMaxDays());
        return request.startDate().plusDays(Math.min(days, policy.absoluteMaxDays()));
    }
}

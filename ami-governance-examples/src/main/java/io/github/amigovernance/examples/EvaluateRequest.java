package io.github.amigovernance.examples;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.rules.Decision;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.ExceptionRequest;
import io.github.amigovernance.rules.ExceptionRequestLoader;
import io.github.amigovernance.rules.Outcome;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Embedding example: judges one exception request with the exception rules, the way a
 * self-service portal would before it shows "approvable", "waiting for X" or "rejected because Y".
 *
 * <p>Run it with {@code java -cp ami-governance.jar io.github.amigovernance.examples.EvaluateRequest
 * CONFIG REQUEST [YYYY-MM-DD]}.
 */
public final class EvaluateRequest {

    private EvaluateRequest() {
    }

    /**
     * Judges {@code request} against the exception policy of {@code config}, counting the config's
     * exceptions for the same account as the history a renewal extends.
     *
     * <p>A portal would load the config once and keep the evaluator: both are immutable and safe to
     * share between threads, and the rules are loaded only once per process.
     *
     * @param config the config file
     * @param request the request file
     * @param asOf the day of the judgement (UTC)
     * @return the decision with every finding
     * @throws InvalidInputException if either file cannot be read or is malformed; it lists every problem
     */
    public static Decision evaluate(Path config, Path request, LocalDate asOf) {
        GovernanceConfig loaded = new ConfigLoader().load(config);
        ExceptionRequest parsed = new ExceptionRequestLoader(loaded.exceptionPolicy()).load(request);
        return new ExceptionEvaluator().evaluate(parsed, loaded, asOf);
    }

    /**
     * Runs the example and returns its exit code: 0 approved or pending, 1 rejected, 2 bad input.
     */
    static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length < 2 || args.length > 3) {
            err.println("usage: EvaluateRequest CONFIG REQUEST [YYYY-MM-DD]");
            return 2;
        }
        try {
            LocalDate asOf = args.length == 3 ? Arguments.date(args[2]) : Arguments.today();
            Decision decision = evaluate(Path.of(args[0]), Path.of(args[1]), asOf);

            out.println(decision.outcome() + " (the latest expiry the rules allow is " + decision.maxExpiresOn() + ")");
            if (!decision.missingApprovals().isEmpty()) {
                out.println("Waiting for: " + String.join(", ", decision.missingApprovals()));
            }
            for (Finding finding : decision.findings()) {
                out.println(finding);
            }
            return decision.outcome() == Outcome.REJECTED ? 1 : 0;
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                err.println("error: " + problem);
            }
            return 2;
        }
    }

    /**
     * Judges a request; see the class description for the arguments.
     *
     * @param args {@code CONFIG REQUEST [YYYY-MM-DD]}
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }
}

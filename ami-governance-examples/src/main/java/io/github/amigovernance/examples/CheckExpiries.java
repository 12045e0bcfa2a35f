package io.github.amigovernance.examples;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.ExceptionReport;
import io.github.amigovernance.rules.ExceptionStatus;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Embedding example: finds the exceptions of a config that have expired or expire soon, the way a
 * nightly job that reminds their owners would.
 *
 * <p>Run it with {@code java -cp ami-governance.jar io.github.amigovernance.examples.CheckExpiries
 * CONFIG [YYYY-MM-DD]}.
 */
public final class CheckExpiries {

    private CheckExpiries() {
    }

    /**
     * Returns the exceptions of {@code config} that have expired by {@code asOf} or expire within
     * the config's warning window ({@code exception_policy.warning_days}, 14 days by default), in
     * config order.
     *
     * @param config the config file
     * @param asOf the day of the check (UTC)
     * @throws InvalidInputException if the config cannot be read or is malformed; it lists every problem
     */
    public static List<ExceptionStatus> needingAttention(Path config, LocalDate asOf) {
        GovernanceConfig loaded = new ConfigLoader().load(config);
        ExceptionReport report = new ExceptionEvaluator().report(loaded, asOf,
                loaded.exceptionPolicy().warningDays());
        return report.exceptions().stream().filter(s -> s.state() != ExceptionStatus.State.ACTIVE).toList();
    }

    /** Runs the example and returns its exit code: 0 nothing expired, 1 an exception expired, 2 bad input. */
    static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length < 1 || args.length > 2) {
            err.println("usage: CheckExpiries CONFIG [YYYY-MM-DD]");
            return 2;
        }
        try {
            LocalDate asOf = args.length == 2 ? Arguments.date(args[1]) : Arguments.today();
            List<ExceptionStatus> attention = needingAttention(Path.of(args[0]), asOf);

            if (attention.isEmpty()) {
                out.println("No exception expires within the warning window of " + asOf + ".");
            }
            for (ExceptionStatus status : attention) {
                ExceptionAccount e = status.exception();
                String owner = e.requestedBy().orElse("(no requested_by)");
                out.println(status.state() + " " + e.accountId() + " " + e.ticket() + " expires_on " + e.expiresOn()
                        + " owner " + owner);
            }
            boolean expired = attention.stream().anyMatch(s -> s.state() == ExceptionStatus.State.EXPIRED);
            return expired ? 1 : 0;
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                err.println("error: " + problem);
            }
            return 2;
        }
    }

    /**
     * Checks expiries; see the class description for the arguments.
     *
     * @param args {@code CONFIG [YYYY-MM-DD]}
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }
}

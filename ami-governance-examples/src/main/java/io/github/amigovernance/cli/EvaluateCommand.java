package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.rules.Decision;
import io.github.amigovernance.rules.DecisionJson;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.ExceptionRequest;
import io.github.amigovernance.rules.ExceptionRequestLoader;
import io.github.amigovernance.rules.Outcome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Judges one exception request with the exception rules. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        description = {"Judge an exception request: APPROVED, PENDING_APPROVAL (with the roles still to approve) or"
                + " REJECTED (with the reasons), and the latest expiry the rules allow.",
                "With --config, the config's exception policy applies and its exceptions for the same account count"
                        + " as the history a renewal extends."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:approved or pending approval", "1:rejected",
                "2:bad input (options, request or config file)", "3:internal error"})
final class EvaluateCommand extends BaseCommand {

    @Option(names = "--request", required = true, paramLabel = "FILE", description = "The exception request (JSON).")
    Path request;

    @Option(names = "--config", paramLabel = "FILE",
            description = "The config whose policy and exception history apply (default: the default policy).")
    Path config;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day of the judgement (default: today in UTC).")
    LocalDate asOf;

    EvaluateCommand(Context context) {
        super(context);
    }

    @Override
    String name() {
        return "evaluate";
    }

    @Override
    int execute() {
        LocalDate day = asOf != null ? asOf : context.today();
        GovernanceConfig loaded = config == null ? null : new ConfigLoader().load(config);
        ExceptionPolicy policy = loaded == null ? ExceptionPolicy.DEFAULTS : loaded.exceptionPolicy();
        ExceptionRequest parsed = new ExceptionRequestLoader(policy).load(request);
        ExceptionEvaluator evaluator = new ExceptionEvaluator();
        Decision decision = loaded == null ? evaluator.evaluate(parsed, day) : evaluator.evaluate(parsed, loaded, day);
        if (format == OutputFormat.json) {
            context.out().println(DecisionJson.write(decision));
            context.out().flush();
        } else {
            printText(parsed, decision, day);
        }
        return decision.outcome() == Outcome.REJECTED ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void printText(ExceptionRequest parsed, Decision decision, LocalDate day) {
        PrintWriter w = context.out();
        long days = ChronoUnit.DAYS.between(parsed.startDate(), parsed.expiresOn());
        w.println("Request:  " + request + (config == null ? "    (default exception policy)" : "    Config: " + config)
                + "    As of: " + day + " (UTC)");
        w.println("Account:  " + parsed.accountId() + ", " + parsed.type() + ", " + parsed.startDate() + " to "
                + parsed.expiresOn() + " (" + days + (days == 1 ? " day)" : " days)"));
        w.println();
        w.println("Decision: " + decision.outcome());
        if (!decision.missingApprovals().isEmpty()) {
            w.println("Waiting for approval from: " + String.join(", ", decision.missingApprovals()));
        }
        w.println("Latest expiry the rules allow for this request: " + decision.maxExpiresOn());
        if (!decision.findings().isEmpty()) {
            w.println();
            FindingsText.print(w, decision.findings());
        }
        w.flush();
    }
}

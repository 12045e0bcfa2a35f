package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.ExceptionReport;
import io.github.amigovernance.rules.ExceptionStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Reports every exception in a config with its state, for a scheduled expiry check. */
@Command(name = "exceptions", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        description = {"Report every exception in a config: active, expiring within the warning window, or expired,"
                + " with what the exception rules find about each.",
                "Meant for a scheduled CI job: it fails when an exception has expired and warns when one expires"
                        + " soon."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no exception has expired (some may expire soon)", "1:at least one exception has expired",
                "2:bad input (options or config file)", "3:internal error"})
final class ExceptionsCommand extends BaseCommand {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The config (ami_publishers.json).")
    Path config;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day to check for (default: today in UTC).")
    LocalDate asOf;

    @Option(names = "--days", paramLabel = "N",
            description = "Warn about exceptions that expire within N days (default: the config's"
                    + " exception_policy.warning_days, or 14).")
    Integer days;

    ExceptionsCommand(Context context) {
        super(context);
    }

    @Override
    String name() {
        return "exceptions";
    }

    @Override
    int execute() {
        LocalDate day = asOf != null ? asOf : context.today();
        if (days != null) {
            Options.requireWithin("--days", days, 0, 3650);
        }
        GovernanceConfig loaded = new ConfigLoader().load(config);
        int warningDays = days != null ? days : loaded.exceptionPolicy().warningDays();
        ExceptionReport report = new ExceptionEvaluator().report(loaded, day, warningDays);
        if (format == OutputFormat.json) {
            printJson(report);
        } else {
            printText(report);
        }
        return report.anyExpired() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private long count(ExceptionReport report, ExceptionStatus.State state) {
        return report.exceptions().stream().filter(e -> e.state() == state).count();
    }

    private void printText(ExceptionReport report) {
        PrintWriter w = context.out();
        w.println("Config: " + config + "    As of: " + report.asOf() + " (UTC)    Warning window: "
                + report.warningDays() + " days");
        w.println();
        if (report.exceptions().isEmpty()) {
            w.println("The config has no exceptions.");
            w.flush();
            return;
        }
        w.printf("  %-4s %-13s %-11s %-12s %-11s %s%n", "#", "account", "type", "ticket", "expires", "state");
        for (ExceptionStatus status : report.exceptions()) {
            ExceptionAccount e = status.exception();
            w.printf("  %-4d %-13s %-11s %-12s %-11s %s%n", status.index(), e.accountId(), e.type().orElse("-"),
                    e.ticket(), e.expiresOn(), describe(status));
        }
        List<Finding> findings = report.findings();
        if (!findings.isEmpty()) {
            w.println();
            FindingsText.print(w, findings);
        }
        w.println();
        w.printf("%s: %d expired, %d expiring within %d days, %d active%n",
                report.anyExpired() ? "FAILED" : "PASSED", count(report, ExceptionStatus.State.EXPIRED),
                count(report, ExceptionStatus.State.EXPIRING), report.warningDays(),
                count(report, ExceptionStatus.State.ACTIVE));
        w.flush();
    }

    private static String describe(ExceptionStatus status) {
        long days = status.daysLeft();
        return switch (status.state()) {
            case EXPIRED -> "EXPIRED " + (-days == 1 ? "1 day ago" : -days + " days ago");
            case EXPIRING -> "expiring (" + Summary.daysLeft(days) + ")";
            case ACTIVE -> "active (" + Summary.daysLeft(days) + ")";
        };
    }

    private void printJson(ExceptionReport report) {
        JsonOut.write(context.out(), json -> {
            json.writeStartObject();
            json.writeStringField("command", name());
            json.writeStringField("status", report.anyExpired() ? "expired_found" : "ok");
            json.writeStringField("config", config.toString());
            json.writeStringField("as_of", report.asOf().toString());
            json.writeNumberField("warning_days", report.warningDays());
            json.writeNumberField("expired", count(report, ExceptionStatus.State.EXPIRED));
            json.writeNumberField("expiring", count(report, ExceptionStatus.State.EXPIRING));
            json.writeNumberField("active", count(report, ExceptionStatus.State.ACTIVE));
            json.writeArrayFieldStart("exceptions");
            for (ExceptionStatus status : report.exceptions()) {
                ExceptionAccount e = status.exception();
                json.writeStartObject();
                json.writeNumberField("index", status.index());
                json.writeStringField("account_id", e.accountId().value());
                if (e.type().isPresent()) {
                    json.writeStringField("type", e.type().get());
                } else {
                    json.writeNullField("type");
                }
                json.writeStringField("ticket", e.ticket());
                json.writeStringField("expires_on", e.expiresOn().toString());
                json.writeStringField("state", status.state().label());
                json.writeNumberField("days_left", status.daysLeft());
                JsonOut.findings(json, "findings", status.findings());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }
}

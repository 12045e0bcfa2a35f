package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.verify.ConfigChecks;
import io.github.amigovernance.core.verify.DocumentSize;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.PolicyVerifier;
import io.github.amigovernance.core.verify.Severity;
import io.github.amigovernance.core.verify.VerificationResult;
import io.github.amigovernance.rules.ExceptionEvaluator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Checks a config, the exception rules and both generated policy files against each other. */
@Command(name = "validate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        description = {"Check the config, its exceptions and both generated policy files: format, AWS shape and"
                + " limits, expired and expiring exceptions, and that both files express the allowlist the config"
                + " implies on the day.", "Warnings are printed but do not fail the check."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:passed (warnings may be printed)", "1:failed: at least one error finding",
                "2:bad input (options, config file, missing folder)", "3:internal error"})
final class ValidateCommand extends BaseCommand {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The config (ami_publishers.json).")
    Path config;

    @Option(names = "--dist", required = true, paramLabel = "DIR",
            description = "The folder generate wrote the two policy files to.")
    Path dist;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day to check for (default: today in UTC).")
    LocalDate asOf;

    @Option(names = "--days", paramLabel = "N",
            description = "Warn about exceptions that expire within N days (default: the config's"
                    + " exception_policy.warning_days, or 14).")
    Integer days;

    @Option(names = "--scp-limit", paramLabel = "N", defaultValue = "" + PolicyLimits.SCP_MAX_CHARACTERS,
            description = "The SCP size limit in characters (default: ${DEFAULT-VALUE}).")
    int scpLimit;

    ValidateCommand(Context context) {
        super(context);
    }

    @Override
    String name() {
        return "validate";
    }

    @Override
    int execute() {
        LocalDate day = asOf != null ? asOf : context.today();
        Options.requirePositive("--scp-limit", scpLimit);
        if (days != null) {
            Options.requireWithin("--days", days, 0, 3650);
        }
        GovernanceConfig loaded = new ConfigLoader().load(config);
        int warningDays = days != null ? days : loaded.exceptionPolicy().warningDays();
        VerificationResult verification = new PolicyVerifier(PolicyLimits.DEFAULTS.withScpMaxCharacters(scpLimit))
                .verifyDirectory(loaded, day, dist);
        List<Finding> findings = new ArrayList<>(verification.findings());
        findings.addAll(ConfigChecks.check(loaded));
        findings.addAll(new ExceptionEvaluator().check(loaded, day, warningDays));
        findings.sort(Comparator.comparing(Finding::severity));
        boolean failed = findings.stream().anyMatch(Finding::isError);

        if (format == OutputFormat.json) {
            printJson(verification, findings, failed);
        } else {
            printText(loaded, verification, findings, failed);
        }
        return failed ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private void printText(GovernanceConfig loaded, VerificationResult verification, List<Finding> findings,
            boolean failed) {
        PrintWriter w = context.out();
        Allowlist allowlist = verification.allowlist();
        w.println("Config:   " + config);
        w.println("Policies: " + dist + "    Mode: " + verification.mode().map(Object::toString).orElse("unknown")
                + "    As of: " + allowlist.asOf() + " (UTC)");
        w.println();
        for (DocumentSize size : verification.sizes()) {
            w.printf("  %-30s %,6d / %,d characters%n", size.kind().fileName(), size.characters(),
                    size.limit());
        }
        boolean consistent = findings.stream().noneMatch(f -> f.isError()
                && (f.rule().equals(PolicyVerifier.CONSISTENCY_RULE) || f.rule().equals(PolicyVerifier.FILES_RULE)
                        || f.rule().equals("policy-shape")));
        if (consistent) {
            w.printf("  Both files allow the %d provider%s the config allows on %s; %d internal publisher%s may create"
                    + " and share images.%n", allowlist.providers().size(),
                    Summary.plural(allowlist.providers().size()),
                    allowlist.asOf(), allowlist.internalPublishers().size(),
                    Summary.plural(allowlist.internalPublishers().size()));
        }
        int exceptions = loaded.exceptions().size();
        w.printf("  Exceptions: %d active, %d expired.%n", allowlist.activeExceptions().size(),
                allowlist.expiredExceptions().size());
        if (!findings.isEmpty()) {
            w.println();
            FindingsText.print(w, findings);
        }
        w.println();
        w.println((failed ? "FAILED: " : "PASSED: ") + FindingsText.tally(findings)
                + (exceptions == 0 ? "" : " (" + exceptions + " exception" + Summary.plural(exceptions) + " checked)"));
        w.flush();
    }

    private void printJson(VerificationResult verification, List<Finding> findings, boolean failed) {
        Allowlist allowlist = verification.allowlist();
        JsonOut.write(context.out(), json -> {
            json.writeStartObject();
            json.writeStringField("command", name());
            json.writeStringField("status", failed ? "failed" : "passed");
            json.writeStringField("config", config.toString());
            json.writeStringField("dist", dist.toString());
            json.writeStringField("as_of", allowlist.asOf().toString());
            if (verification.mode().isPresent()) {
                json.writeStringField("mode", verification.mode().get().policyValue());
            } else {
                json.writeNullField("mode");
            }
            JsonOut.strings(json, "providers", allowlist.declarativeProviders());
            json.writeArrayFieldStart("files");
            for (DocumentSize size : verification.sizes()) {
                json.writeStartObject();
                json.writeStringField("file", size.kind().fileName());
                json.writeNumberField("characters", size.characters());
                json.writeNumberField("limit", size.limit());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("errors", FindingsText.count(findings, Severity.ERROR));
            json.writeNumberField("warnings",
                    FindingsText.count(findings, Severity.WARNING));
            JsonOut.findings(json, "findings", findings);
            json.writeEndObject();
        });
    }
}

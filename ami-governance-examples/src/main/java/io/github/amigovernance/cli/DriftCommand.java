package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.drift.Capture;
import io.github.amigovernance.core.drift.CaptureReader;
import io.github.amigovernance.core.drift.DeployedTarget;
import io.github.amigovernance.core.drift.DriftDetector;
import io.github.amigovernance.core.drift.DriftReport;
import io.github.amigovernance.core.drift.PolicyDrift;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.LimitViolation;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Compares the policies deployed in AWS Organizations, as captured with the AWS CLI, with the config. */
@Command(name = "drift", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Compare the policies deployed in AWS Organizations with the policies the config renders on"
                + " the day: whether each exists under its configured name, what it says (accounts added or removed,"
                + " the mode, statements, the exception message; not the text's layout) and where it is attached.",
                "DIR holds the AWS CLI's JSON output of list-policies, describe-policy and list-targets-for-policy,"
                        + " as the script from generate --emit capture writes it. Nothing here calls AWS."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:in sync (warnings and notes may be printed)", "1:drift: at least one error finding",
                "2:bad input (options, config file, capture folder or files)", "3:internal error"})
final class DriftCommand extends BaseCommand {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The config (ami_publishers.json).")
    Path config;

    @Option(names = "--deployed", required = true, paramLabel = "DIR",
            description = "The folder the deployed policies were captured into.")
    Path deployed;

    @Option(names = "--mode", required = true, paramLabel = "audit_mode|enabled", converter = Converters.Mode.class,
            completionCandidates = Converters.ModeCandidates.class,
            description = "The mode the policies were generated in; the same as given to generate.")
    EnforcementMode mode;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day to render the config for (default: today in UTC).")
    LocalDate asOf;

    @Option(names = "--scp-limit", paramLabel = "N", defaultValue = "" + PolicyLimits.SCP_MAX_CHARACTERS,
            description = "The SCP size limit in characters (default: ${DEFAULT-VALUE}).")
    int scpLimit;

    @Option(names = "--pretty", description = "Compare with the indented text generate --pretty writes, for the"
            + " note on layout differences; the comparison itself ignores layout.")
    boolean pretty;

    DriftCommand(Context context) {
        super(context);
    }

    @Override
    String name() {
        return "drift";
    }

    @Override
    int execute() {
        LocalDate day = asOf != null ? asOf : context.today();
        Options.requirePositive("--scp-limit", scpLimit);
        GovernanceConfig loaded = new ConfigLoader().load(config);
        RenderedPolicies rendered;
        try {
            rendered = new PolicyRenderer(PolicyLimits.DEFAULTS.withScpMaxCharacters(scpLimit),
                    pretty ? OutputStyle.PRETTY : OutputStyle.COMPACT).render(loaded, day, mode);
        } catch (PolicyLimitException e) {
            throw Options.invalid(config.toString(), "its policies would break AWS limits on " + day
                    + ", so they cannot be deployed as rendered: " + e.violations().stream()
                    .map(LimitViolation::toString).collect(Collectors.joining(" ")));
        }
        Capture capture = CaptureReader.read(deployed, loaded.deployment());
        DriftReport report = DriftDetector.detect(loaded, rendered, capture);
        if (format == OutputFormat.json) {
            printJson(loaded, report);
        } else {
            printText(loaded, report);
        }
        return report.inSync() ? ExitCode.OK : ExitCode.FINDINGS;
    }

    private void printText(GovernanceConfig loaded, DriftReport report) {
        PrintWriter w = context.out();
        List<Finding> findings = report.findings();
        w.println("Config:   " + config + "    Mode: " + report.mode() + "    As of: " + report.asOf() + " (UTC)");
        w.println("Deployed: " + deployed);
        w.println();
        for (PolicyDrift policy : report.policies()) {
            w.printf("  %-20s %-36s %-14s %s%n", policy.kind().label(), policy.expected().name(),
                    policy.policyId().orElse("-"), verdict(policy));
        }
        Summary.targets(w, "  ", loaded.deployment());
        if (!findings.isEmpty()) {
            w.println();
            FindingsText.print(w, findings);
        }
        w.println();
        w.println((report.inSync() ? "IN SYNC: " : "DRIFT: ") + FindingsText.tally(findings));
        if (!report.inSync()) {
            w.println("To put the rendered policies back, run generate with --emit and apply the deployment file you"
                    + " use; it never detaches, so remove extra attachments by hand.");
        }
        w.flush();
    }

    private static String verdict(PolicyDrift policy) {
        long errors = FindingsText.count(policy.findings(), Severity.ERROR);
        return switch (policy.status()) {
            case MISSING -> "MISSING";
            case DRIFTED -> "DRIFTED (" + errors + " difference" + Summary.plural((int) errors) + ")";
            case IN_SYNC -> "in sync, attached to " + policy.attachedTargets().size() + " target"
                    + Summary.plural(policy.attachedTargets().size());
        };
    }

    private void printJson(GovernanceConfig loaded, DriftReport report) {
        List<Finding> findings = report.findings();
        JsonOut.write(context.out(), json -> {
            json.writeStartObject();
            json.writeStringField("command", name());
            json.writeStringField("status", report.inSync() ? "in_sync" : "drift");
            json.writeStringField("config", config.toString());
            json.writeStringField("deployed", deployed.toString());
            json.writeStringField("as_of", report.asOf().toString());
            json.writeStringField("mode", report.mode().policyValue());
            Summary.targetsJson(json, loaded.deployment());
            json.writeArrayFieldStart("policies");
            for (PolicyDrift policy : report.policies()) {
                json.writeStartObject();
                json.writeStringField("policy_type", policy.kind().organizationsType());
                json.writeStringField("name", policy.expected().name());
                if (policy.policyId().isPresent()) {
                    json.writeStringField("policy_id", policy.policyId().get());
                } else {
                    json.writeNullField("policy_id");
                }
                json.writeStringField("status", policy.status().label());
                JsonOut.strings(json, "attached_to", policy.attachedTargets().stream().map(DeployedTarget::id)
                        .toList());
                JsonOut.findings(json, "findings", policy.findings());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("errors", FindingsText.count(findings, Severity.ERROR));
            json.writeNumberField("warnings", FindingsText.count(findings, Severity.WARNING));
            json.writeEndObject();
        });
    }
}

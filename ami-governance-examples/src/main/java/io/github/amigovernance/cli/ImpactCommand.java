package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.impact.AthenaQuery;
import io.github.amigovernance.core.impact.ImpactAnalyzer;
import io.github.amigovernance.core.impact.ImpactReport;
import io.github.amigovernance.core.impact.ImpactRequest;
import io.github.amigovernance.core.impact.ScanListener;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.GovernanceConfig;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Reports what switching Allowed AMIs from {@code audit_mode} to {@code enabled}, with the SCP's
 * launch deny, would break, from AWS CLI captures and CloudTrail logs; exits 1 when anything would
 * be blocked, so that CI can gate the switch.
 */
@Command(name = "impact", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        modelTransformer = ImpactCommand.ReportFormatOption.class,
        description = {"Report what enforcing the allowlist would break, from AWS CLI captures and CloudTrail logs laid"
                + " out per account and region (see docs/impact.md for the capture commands and the layout).",
                "Malformed records and files are reported with their file and line, and the scan goes on. Progress"
                        + " goes to standard error; the report to standard output."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:enforcement would block nothing", "1:enforcement would block something (an error finding)",
                "2:bad input: options, the config, or an inventory folder that is missing, cannot be listed or holds"
                        + " no capture", "3:internal error"})
final class ImpactCommand extends BaseCommand {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The config (ami_publishers.json).")
    Path config;

    @Option(names = "--inventory", paramLabel = "DIR",
            description = "The folder of captures, one sub-folder per account and region, with CloudTrail logs"
                    + " anywhere below it in their S3 layout. Required unless --athena-query is given.")
    Path inventory;

    @Option(names = "--cloudtrail", paramLabel = "DIR",
            description = "Another folder of CloudTrail log files, plain or gzip-compressed JSON; may be given more"
                    + " than once.")
    List<Path> cloudTrail = new ArrayList<>();

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day whose allowlist to enforce (default: today in UTC).")
    LocalDate asOf;

    @Option(names = "--threads", paramLabel = "N",
            description = "Files read at once (default: one per processor, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--quiet", description = "Print no progress.")
    boolean quiet;

    @Option(names = "--athena-query", description = "Print the Athena query that classifies an organization trail's"
            + " launches the same way, with the allowlist filled in, and exit.")
    boolean athenaQuery;

    /** Set through the {@code --format} option that {@link ReportFormatOption} puts in place of the shared one. */
    ReportFormat reportFormat = ReportFormat.text;

    ImpactCommand(Context context) {
        super(context);
    }

    @Override
    String name() {
        return "impact";
    }

    @Override
    int execute() {
        LocalDate day = asOf != null ? asOf : context.today();
        if (threads < 1) {
            throw Options.invalid("--threads", "expected a positive number of threads, found " + threads);
        }
        GovernanceConfig loaded = new ConfigLoader().load(config);
        if (athenaQuery) {
            context.out().print(AthenaQuery.render(Allowlist.of(loaded, day)));
            context.out().flush();
            return ExitCode.OK;
        }
        if (inventory == null) {
            throw Options.invalid("--inventory", "missing: name the folder of captures, or give --athena-query");
        }
        ProgressPrinter progress = quiet ? null : new ProgressPrinter(context.err(), System.console() != null);
        ImpactReport report;
        try {
            report = new ImpactAnalyzer(threads).analyze(new ImpactRequest(loaded, day, inventory, cloudTrail),
                    progress == null ? ScanListener.NONE : progress);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the scan was interrupted", e);
        } finally {
            if (progress != null) {
                progress.finish();
            }
        }
        ImpactOutput output = new ImpactOutput(report, config, inventory, cloudTrail);
        switch (reportFormat) {
            case json -> output.json(context.out());
            case markdown -> output.markdown(context.out());
            default -> output.text(context.out());
        }
        context.out().flush();
        return report.wouldBlock() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /**
     * Replaces the shared {@code --format text|json} option with {@code --format text|json|markdown}.
     * Picocli applies it when the command line is built from {@code new CommandLine(new ImpactCommand(...))};
     * the shared format follows the choice, so bad input is still reported as JSON under {@code --format json}.
     */
    static final class ReportFormatOption implements IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            ImpactCommand command = (ImpactCommand) spec.userObject();
            OptionSpec shared = spec.findOption("--format");
            if (shared != null) {
                spec.remove(shared);
            }
            spec.addOption(OptionSpec.builder("--format")
                    .paramLabel("text|json|markdown")
                    .type(ReportFormat.class)
                    .initialValue(ReportFormat.text)
                    .defaultValue("text")
                    .description("Output for people (text, the default), for scripts (json) or for a change request"
                            + " (markdown).")
                    .setter(new ISetter() {
                        @Override
                        public <T> T set(T value) {
                            command.reportFormat = value == null ? ReportFormat.text : (ReportFormat) value;
                            command.format = command.reportFormat.forErrors();
                            return null;
                        }
                    })
                    .getter(new IGetter() {
                        @Override
                        @SuppressWarnings("unchecked")
                        public <T> T get() {
                            return (T) command.reportFormat;
                        }
                    })
                    .build());
            return spec;
        }
    }
}

package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.deploy.DeploymentFile;
import io.github.amigovernance.core.deploy.DeploymentFormat;
import io.github.amigovernance.core.deploy.DeploymentRenderer;
import io.github.amigovernance.core.io.AtomicFiles;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.LimitViolation;
import io.github.amigovernance.core.policy.OutputStyle;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Renders both policies from a config and writes them, or writes nothing when any check fails. */
@Command(name = "generate", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        description = {"Render the EC2 declarative policy and the SCP from a config and write them to a folder.",
                "Expired exceptions are left out, with a warning. If either policy would break an AWS limit,"
                        + " nothing is written.",
                "--emit also writes files that deploy both policies to the config's targets (Terraform,"
                        + " CloudFormation or an AWS CLI script) and a script that captures what is deployed for"
                        + " the drift command; each embeds exactly the policy text written beside it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:both files written", "1:a policy would break an AWS limit; nothing written",
                "2:bad input (options, config file, output folder); nothing written", "3:internal error"})
final class GenerateCommand extends BaseCommand {

    @Option(names = "--config", required = true, paramLabel = "FILE", description = "The config (ami_publishers.json).")
    Path config;

    @Option(names = "--mode", required = true, paramLabel = "audit_mode|enabled", converter = Converters.Mode.class,
            completionCandidates = Converters.ModeCandidates.class,
            description = "audit_mode marks images as allowed or not; enabled blocks the others.")
    EnforcementMode mode;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write both files to.")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", converter = Converters.Date.class,
            description = "The day to compute the allowlist for (default: today in UTC).")
    LocalDate asOf;

    @Option(names = "--scp-limit", paramLabel = "N", defaultValue = "" + PolicyLimits.SCP_MAX_CHARACTERS,
            description = "The SCP size limit in characters (default: ${DEFAULT-VALUE}; 5120 for organizations or"
                    + " tools on the limit before May 2026).")
    int scpLimit;

    @Option(names = "--pretty", description = "Indent the files for review. AWS counts the white space too.")
    boolean pretty;

    @Option(names = "--emit", split = ",", paramLabel = "FORMAT[,FORMAT...]", converter = Converters.Emit.class,
            completionCandidates = Converters.EmitCandidates.class,
            description = "Also write deployment files: terraform (ami-governance.tf.json), cloudformation"
                    + " (ami-governance.cfn.json), cli (deploy-ami-governance.sh), capture"
                    + " (capture-ami-governance.sh).")
    List<DeploymentFormat> emit = new ArrayList<>();

    GenerateCommand(Context context) {
        super(context);
    }

    @Override
    String name() {
        return "generate";
    }

    @Override
    int execute() {
        LocalDate day = asOf != null ? asOf : context.today();
        Options.requirePositive("--scp-limit", scpLimit);
        GovernanceConfig loaded = new ConfigLoader().load(config);
        PolicyRenderer renderer = new PolicyRenderer(PolicyLimits.DEFAULTS.withScpMaxCharacters(scpLimit),
                pretty ? OutputStyle.PRETTY : OutputStyle.COMPACT);
        RenderedPolicies policies;
        try {
            policies = renderer.render(loaded, day, mode);
        } catch (PolicyLimitException e) {
            reportLimits(e.violations());
            return ExitCode.FINDINGS;
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PolicyDocument document : policies.documents()) {
            files.put(document.kind().fileName(), document.bytes());
        }
        List<DeploymentFile> deploymentFiles = DeploymentRenderer.render(policies, loaded.deployment(),
                emit.isEmpty() ? Set.of() : EnumSet.copyOf(emit));
        Set<String> executables = new TreeSet<>();
        for (DeploymentFile file : deploymentFiles) {
            files.put(file.fileName(), file.bytes());
            if (file.format().executable()) {
                executables.add(file.fileName());
            }
        }
        try {
            AtomicFiles.writeAll(out, files, executables);
        } catch (IOException e) {
            throw Options.invalid("--out", "cannot write to " + out + ": " + Options.describe(e)
                    + "; nothing was written");
        }
        if (format == OutputFormat.json) {
            printJson(loaded, policies, renderer.limits(), deploymentFiles);
        } else {
            printText(loaded, policies, renderer.limits(), deploymentFiles);
        }
        return ExitCode.OK;
    }

    private void reportLimits(List<LimitViolation> violations) {
        if (format == OutputFormat.json) {
            JsonOut.write(context.out(), json -> {
                json.writeStartObject();
                json.writeStringField("command", name());
                json.writeStringField("status", "over_limit");
                json.writeArrayFieldStart("violations");
                for (LimitViolation v : violations) {
                    json.writeStartObject();
                    json.writeStringField("file", v.kind().fileName());
                    json.writeStringField("measure", v.what());
                    json.writeNumberField("actual", v.actual());
                    json.writeNumberField("limit", v.limit());
                    json.writeStringField("advice", v.advice());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            });
        }
        PrintWriter err = context.err();
        err.println("error: the policies would break " + (violations.size() == 1 ? "an AWS limit" : "AWS limits")
                + "; nothing was written to " + out);
        for (LimitViolation violation : violations) {
            err.println("  " + violation);
        }
        err.flush();
    }

    private void printText(GovernanceConfig loaded, RenderedPolicies policies, PolicyLimits limits,
            List<DeploymentFile> deploymentFiles) {
        PrintWriter w = context.out();
        Allowlist allowlist = policies.allowlist();
        w.println("Config:  " + config);
        w.println("Mode:    " + policies.mode() + "    As of: " + allowlist.asOf() + " (UTC)");
        w.println();
        Summary.allowlist(w, loaded, allowlist);
        if (!allowlist.expiredExceptions().isEmpty()) {
            w.println();
            for (ExceptionAccount expired : allowlist.expiredExceptions()) {
                w.println("warning: " + Summary.expiredNote(expired, allowlist));
            }
        }
        if (policies.mode() == EnforcementMode.AUDIT_MODE) {
            w.println();
            w.println("note: in audit_mode the SCP does not deny launches, since an SCP cannot audit; Allowed AMIs"
                    + " only marks images as allowed or not. Image creation, import and sharing are denied in both"
                    + " modes.");
        }
        w.println();
        for (PolicyDocument document : policies.documents()) {
            w.printf("Wrote %-42s %,6d / %,d characters%n", out.resolve(document.kind().fileName()),
                    document.characters(), limits.maxCharacters(document.kind()));
        }
        if (!deploymentFiles.isEmpty()) {
            printDeploymentText(w, loaded, deploymentFiles);
        }
        w.flush();
    }

    private void printDeploymentText(PrintWriter w, GovernanceConfig loaded, List<DeploymentFile> deploymentFiles) {
        for (DeploymentFile file : deploymentFiles) {
            w.printf("Wrote %-42s %s%n", out.resolve(file.fileName()), describe(file.format()));
        }
        w.println();
        Summary.targets(w, "", loaded.deployment());
        if (loaded.deployment().allTargets().isEmpty()) {
            w.println("note: the config lists no targets, so the deployment files create both policies but attach"
                    + " them nowhere.");
        } else if (!loaded.deployment().sameTargets()) {
            w.println("note: the two policies go to different targets; an account under only one of them is only"
                    + " half governed.");
        }
        for (DeploymentFile file : deploymentFiles) {
            if (file.format() == DeploymentFormat.CLOUDFORMATION
                    && file.bytes().length > DeploymentRenderer.CLOUDFORMATION_MAX_INLINE_BYTES) {
                w.printf("note: %s is %,d bytes, more than the %,d bytes CloudFormation accepts inline;"
                        + " give aws cloudformation deploy an --s3-bucket to upload it to.%n", file.fileName(),
                        file.bytes().length, DeploymentRenderer.CLOUDFORMATION_MAX_INLINE_BYTES);
            }
        }
    }

    private static String describe(DeploymentFormat format) {
        return switch (format) {
            case TERRAFORM -> "Terraform (JSON syntax)";
            case CLOUDFORMATION -> "CloudFormation template";
            case CLI -> "AWS CLI deployment script (bash)";
            case CAPTURE -> "AWS CLI capture script for drift (bash)";
        };
    }

    private void printJson(GovernanceConfig loaded, RenderedPolicies policies, PolicyLimits limits,
            List<DeploymentFile> deploymentFiles) {
        Allowlist allowlist = policies.allowlist();
        JsonOut.write(context.out(), json -> {
            json.writeStartObject();
            json.writeStringField("command", name());
            json.writeStringField("status", "written");
            json.writeStringField("config", config.toString());
            json.writeStringField("as_of", allowlist.asOf().toString());
            json.writeStringField("mode", policies.mode().policyValue());
            JsonOut.strings(json, "providers", allowlist.declarativeProviders());
            JsonOut.strings(json, "internal_publishers", allowlist.scpPublisherExemptions());
            json.writeArrayFieldStart("active_exceptions");
            for (ExceptionAccount e : allowlist.activeExceptions()) {
                Summary.exceptionJson(json, e, allowlist.asOf());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("expired_exceptions");
            for (ExceptionAccount e : allowlist.expiredExceptions()) {
                Summary.exceptionJson(json, e, allowlist.asOf());
            }
            json.writeEndArray();
            json.writeArrayFieldStart("files");
            for (PolicyDocument document : policies.documents()) {
                json.writeStartObject();
                json.writeStringField("path", out.resolve(document.kind().fileName()).toString());
                json.writeStringField("policy_type", document.kind().organizationsType());
                json.writeNumberField("characters", document.characters());
                json.writeNumberField("limit", limits.maxCharacters(document.kind()));
                json.writeEndObject();
            }
            for (DeploymentFile file : deploymentFiles) {
                json.writeStartObject();
                json.writeStringField("path", out.resolve(file.fileName()).toString());
                json.writeStringField("format", file.format().optionName());
                json.writeNumberField("bytes", file.bytes().length);
                json.writeEndObject();
            }
            json.writeEndArray();
            Summary.targetsJson(json, loaded.deployment());
            json.writeEndObject();
        });
    }
}

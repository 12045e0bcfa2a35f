package io.github.amigovernance.examples;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.io.AtomicFiles;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.LimitViolation;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Embedding example: loads a config, renders both AWS policies for one day and writes them to a
 * folder, the way a platform service or an infrastructure-as-code pre-processor would.
 *
 * <p>Run it with {@code java -cp ami-governance.jar io.github.amigovernance.examples.LoadAndRender
 * CONFIG OUT_DIR [YYYY-MM-DD]}. It renders in {@code audit_mode}, the safe first step of a rollout.
 */
public final class LoadAndRender {

    private LoadAndRender() {
    }

    /**
     * Loads {@code config}, renders both policies for {@code asOf} and writes them into
     * {@code outDir}: both files, or neither.
     *
     * @param config the config file
     * @param asOf the day (UTC) whose allowlist the policies express
     * @param mode the enforcement mode
     * @param outDir the folder to write {@code declarative-policy-ec2.json} and {@code scp-ami-guardrail.json} to
     * @return the rendered policies; their allowlist says what is allowed and which exceptions were left out
     * @throws InvalidInputException if the config cannot be read or is malformed; it lists every problem
     * @throws PolicyLimitException if a policy would break an AWS limit; nothing is written
     * @throws IOException if the files cannot be written; files already in {@code outDir} are left as they were
     */
    public static RenderedPolicies render(Path config, LocalDate asOf, EnforcementMode mode, Path outDir)
            throws IOException {
        GovernanceConfig loaded = new ConfigLoader().load(config);
        RenderedPolicies policies = new PolicyRenderer().render(loaded, asOf, mode);

        Map<String, byte[]> files = new LinkedHashMap<>();
        for (PolicyDocument document : policies.documents()) {
            files.put(document.kind().fileName(), document.bytes());
        }
        AtomicFiles.writeAll(outDir, files);
        return policies;
    }

    /**
     * Runs the example with the given arguments and returns its exit code: 0 written, 1 over an
     * AWS limit, 2 bad input.
     */
    static int run(PrintStream out, PrintStream err, String... args) {
        if (args.length < 2 || args.length > 3) {
            err.println("usage: LoadAndRender CONFIG OUT_DIR [YYYY-MM-DD]");
            return 2;
        }
        try {
            LocalDate asOf = args.length == 3 ? Arguments.date(args[2]) : Arguments.today();
            Path outDir = Path.of(args[1]);
            RenderedPolicies policies = render(Path.of(args[0]), asOf, EnforcementMode.AUDIT_MODE, outDir);

            Allowlist allowlist = policies.allowlist();
            out.println("Allowed on " + asOf + ": " + String.join(", ", allowlist.declarativeProviders()));
            for (ExceptionAccount expired : allowlist.expiredExceptions()) {
                out.println("Left out: " + expired.accountId() + " (" + expired.ticket() + "), expired on "
                        + expired.expiresOn());
            }
            for (PolicyDocument document : policies.documents()) {
                out.println("Wrote " + outDir.resolve(document.kind().fileName()) + " (" + document.characters()
                        + " characters)");
            }
            return 0;
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                err.println("error: " + problem);
            }
            return 2;
        } catch (PolicyLimitException e) {
            for (LimitViolation violation : e.violations()) {
                err.println("error: " + violation);
            }
            return 1;
        } catch (IOException e) {
            err.println("error: cannot write to " + args[1] + ": " + e.getMessage());
            return 2;
        }
    }

    /**
     * Renders the policies; see the class description for the arguments.
     *
     * @param args {@code CONFIG OUT_DIR [YYYY-MM-DD]}
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }
}

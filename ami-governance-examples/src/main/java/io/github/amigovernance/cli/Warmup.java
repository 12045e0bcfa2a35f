package io.github.amigovernance.cli;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Loads and links the classes that reading a config and rendering the policies use, on a second
 * thread, while the main thread is still reading the command line. A short run of the tool spends
 * most of its time on such one-time work rather than on the config at hand; on a machine with a
 * second processor the two threads run side by side. The thread parses a small config held here and renders it in both
 * modes; it writes nothing, prints nothing and keeps nothing, so the run's output does not depend
 * on whether it finished. Started at most once per process.
 *
 * <p>No lambda, method reference or atomic variable here: the first of those in a process sets up
 * the JVM's method-handle machinery, several milliseconds that the main thread would spend before
 * this thread even starts. The warm-up thread pays them instead, beside the main thread's work.
 */
final class Warmup implements Runnable {

    /** A valid config with every kind of entry the renderers handle; its exception expires in 2100. */
    private static final byte[] CONFIG = """
            {"ops_publisher_account": {"account_id": "000000000001", "description": "warm-up"},
             "vendor_publisher_accounts": [{"account_id": "000000000002", "vendor_name": "warm-up"}],
             "provider_aliases": ["amazon"],
             "exception_message": "warm-up",
             "targets": ["ou-abcd-abcdefgh"],
             "exception_accounts": [{"account_id": "000000000003", "type": "migration",
               "expires_on": "2100-01-31", "reason": "warm-up", "ticket": "WARM-1",
               "requested_by": "warm-up", "approved_by": ["security-lead"], "approval_date": "2100-01-01"}]}
            """.getBytes(StandardCharsets.UTF_8);

    private static boolean started;

    private Warmup() {
    }

    /** Starts the warm-up thread, unless it has been started before. */
    static synchronized void start() {
        if (!started) {
            started = true;
            Thread thread = new Thread(new Warmup(), "ami-governance-warmup");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Runs {@link #renderSample()}; what goes wrong is ignored. */
    @Override
    public void run() {
        try {
            renderSample();
        } catch (RuntimeException | LinkageError e) {
            // Nothing to report: the command does the same work itself and reports what goes wrong.
        }
    }

    /**
     * Parses the config held here and renders it in both modes, returning the {@code enabled}
     * policies; a test checks that the config still loads as the model changes.
     */
    static RenderedPolicies renderSample() {
        GovernanceConfig config = new ConfigLoader().parse(CONFIG, "warm-up config");
        PolicyRenderer renderer = new PolicyRenderer();
        LocalDate day = LocalDate.of(2100, 1, 15);
        renderer.render(config, day, EnforcementMode.AUDIT_MODE);
        return renderer.render(config, day, EnforcementMode.ENABLED);
    }
}

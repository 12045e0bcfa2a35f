package io.github.amigovernance.benchmarks;

import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.rules.Decision;
import io.github.amigovernance.rules.ExceptionEvaluator;
import io.github.amigovernance.rules.ExceptionRequest;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision of the evaluator on one thread, as a portal asks for on every request: a migration
 * request judged against a config of the bundled example's size (two vendors; four exception
 * entries, one active), with both approvals (approved, no finding) and with one (pending, one
 * finding).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EvaluatorBenchmark {

    private final ExceptionEvaluator evaluator = new ExceptionEvaluator();
    private GovernanceConfig config;
    private ExceptionRequest approved;
    private ExceptionRequest pending;

    /** Loads the config and the two requests. */
    @Setup
    public void setUp() {
        config = BenchmarkInputs.config(2, 4);
        approved = BenchmarkInputs.request(true);
        pending = BenchmarkInputs.request(false);
    }

    /** Judges the request that has every approval. */
    @Benchmark
    public Decision decisionApproved() {
        return evaluator.evaluate(approved, config, BenchmarkInputs.AS_OF);
    }

    /** Judges the request that waits for one approval. */
    @Benchmark
    public Decision decisionPending() {
        return evaluator.evaluate(pending, config, BenchmarkInputs.AS_OF);
    }
}

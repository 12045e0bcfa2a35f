package io.github.amigovernance.benchmarks;

import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.rules.ExceptionEvaluator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exception rules over every entry of a config ({@code validate} and {@code exceptions} run
 * this), and the active allowlist of the same config, at 100, 1,000 and 10,000 entries of
 * exception history (see {@link BenchmarkInputs}: one entry in a hundred is active).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class BulkCheckBenchmark {

    /** The number of exception entries in the config. */
    @Param({"100", "1000", "10000"})
    public int exceptions;

    private final ExceptionEvaluator evaluator = new ExceptionEvaluator();
    private GovernanceConfig config;

    /** Loads the config. */
    @Setup
    public void setUp() {
        config = BenchmarkInputs.config(10, exceptions);
    }

    /** Judges every entry with the rules. */
    @Benchmark
    public List<Finding> check() {
        return evaluator.check(config, BenchmarkInputs.AS_OF, 14);
    }

    /** Works out the active allowlist. */
    @Benchmark
    public Allowlist allowlist() {
        return Allowlist.of(config, BenchmarkInputs.AS_OF);
    }
}

package io.github.amigovernance.benchmarks;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.policy.PolicyRenderer;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.nio.charset.StandardCharsets;
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
 * What {@code generate} does once the JVM is warm: load the config from its bytes, and render both
 * policies in {@code enabled} mode (the larger SCP), separately and together. One size changes at
 * a time: the vendor publishers (10, 100 and 450, with 100 exception entries; 450 accounts fill
 * two thirds of an SCP's 10,240 characters), or the exception history (100, 1,000 and 10,000
 * entries, one in a hundred active, with 10 vendors; see {@link BenchmarkInputs}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class GenerateBenchmark {

    /** A config, its bytes, and the loader and renderer that work on them. */
    public abstract static class Input {
        final ConfigLoader loader = new ConfigLoader();
        final PolicyRenderer renderer = new PolicyRenderer();
        byte[] json;
        GovernanceConfig config;

        void prepare(int vendors, int exceptions) {
            json = BenchmarkInputs.configJson(vendors, exceptions).getBytes(StandardCharsets.UTF_8);
            config = loader.parse(json, "config.json");
        }
    }

    /** Configs with more and more vendor publishers. */
    @State(Scope.Thread)
    public static class Vendors extends Input {
        /** The number of vendor publishers. */
        @Param({"10", "100", "450"})
        public int vendors;

        /** Writes and loads the config. */
        @Setup
        public void setUp() {
            prepare(vendors, 100);
        }
    }

    /** Configs with more and more exception history. */
    @State(Scope.Thread)
    public static class History extends Input {
        /** The number of exception entries. */
        @Param({"100", "1000", "10000"})
        public int exceptions;

        /** Writes and loads the config. */
        @Setup
        public void setUp() {
            prepare(10, exceptions);
        }
    }

    /** Loads the config from its bytes: JSON, binding and every check. */
    @Benchmark
    public GovernanceConfig loadConfigByVendors(Vendors input) {
        return input.loader.parse(input.json, "config.json");
    }

    /** Renders both policies from the loaded config, limit checks included. */
    @Benchmark
    public RenderedPolicies renderByVendors(Vendors input) {
        return input.renderer.render(input.config, BenchmarkInputs.AS_OF, EnforcementMode.ENABLED);
    }

    /** Loads the config and renders both policies, as one run of {@code generate} does. */
    @Benchmark
    public RenderedPolicies loadAndRenderByVendors(Vendors input) {
        return input.renderer.render(input.loader.parse(input.json, "config.json"), BenchmarkInputs.AS_OF,
                EnforcementMode.ENABLED);
    }

    /** Loads the config from its bytes: JSON, binding and every check. */
    @Benchmark
    public GovernanceConfig loadConfigByHistory(History input) {
        return input.loader.parse(input.json, "config.json");
    }

    /** Renders both policies from the loaded config, limit checks included. */
    @Benchmark
    public RenderedPolicies renderByHistory(History input) {
        return input.renderer.render(input.config, BenchmarkInputs.AS_OF, EnforcementMode.ENABLED);
    }

    /** Loads the config and renders both policies, as one run of {@code generate} does. */
    @Benchmark
    public RenderedPolicies loadAndRenderByHistory(History input) {
        return input.renderer.render(input.loader.parse(input.json, "config.json"), BenchmarkInputs.AS_OF,
                EnforcementMode.ENABLED);
    }
}

package io.github.amigovernance.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.github.amigovernance.core.config.ConfigLoader;

/** Fuzzes the config loader with arbitrary bytes. */
final class ConfigLoaderFuzzTest {

    private static final ConfigLoader LOADER = new ConfigLoader();

    @FuzzTest(maxDuration = "60s")
    void anyBytesLoadOrFailWithTheTypedConfigError(@NotNull byte[] input) {
        FuzzChecks.parsedOrRejected(input, bytes -> LOADER.parse(bytes, FuzzChecks.SOURCE));
    }
}

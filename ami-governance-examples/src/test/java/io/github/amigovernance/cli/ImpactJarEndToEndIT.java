package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the impact command from the packaged jar in its own JVM, where standard error is not a terminal. */
final class ImpactJarEndToEndIT {

    @Test
    void jar_impactOnTheExampleInventory_exits1WithPlainProgressOnStandardError(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "ami-governance.jar").toAbsolutePath().toString(), "impact", "--config",
                "config/ami_publishers.json", "--inventory", "example-inventory", "--as-of", "2026-12-03");

        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not finish within 60 s");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(ExitCode.FINDINGS, process.exitValue(), stderr);
        assertTrue(stdout.strip().endsWith("Not safe to enforce yet."), stdout);
        assertTrue(stderr.startsWith("impact: 0% of "), stderr);
        assertTrue(stderr.contains("impact: read 9 files"), stderr);
        assertTrue(!stderr.contains("\r"), "no bar is drawn when standard error is not a terminal");
    }
}

package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, in a separate JVM. */
final class JarEndToEndIT {

    private static final Path JAR = Path.of("target", "ami-governance.jar");

    private record Result(int exitCode, String out, String err) {
    }

    private static Result java(Path workDir, String... args) throws IOException, InterruptedException {
        return java(workDir, List.of(), args);
    }

    private static Result java(Path workDir, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(Path.of("").toAbsolutePath().toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the jar did not finish within 60 s");
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void jar_generateOnTheExample_writesPoliciesAndExits0(@TempDir Path dir) throws Exception {
        Path dist = dir.resolve("dist");

        Result result = java(dir, "generate", "--config", "config/ami_publishers.json", "--mode", "enabled",
                "--out", dist.toString(), "--as-of", "2026-12-03");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("Wrote " + dist.resolve("scp-ami-guardrail.json")), result.out());
        assertTrue(Files.readString(dist.resolve("scp-ami-guardrail.json")).contains("\"ec2:Owner\":["));
        assertTrue(Files.readString(dist.resolve("declarative-policy-ec2.json")).contains("\"enabled\""));
    }

    @Test
    void jar_generateLoadsNoRuleClasses_validateDoes(@TempDir Path dir) throws Exception {
        Path dist = dir.resolve("dist");
        Path generateLog = dir.resolve("generate-classes.txt");
        Path validateLog = dir.resolve("validate-classes.txt");

        Result generate = java(dir, List.of("-Xlog:class+load=info:file=" + generateLog), "generate", "--config",
                "config/ami_publishers_valid.json", "--mode", "audit_mode", "--out", dist.toString(), "--as-of",
                "2026-12-03");
        Result validate = java(dir, List.of("-Xlog:class+load=info:file=" + validateLog), "validate", "--config",
                "config/ami_publishers_valid.json", "--dist", dist.toString(), "--as-of", "2026-12-03");

        assertEquals(0, generate.exitCode(), generate.err());
        assertEquals(0, validate.exitCode(), validate.err());
        List<String> generateClasses = Files.readAllLines(generateLog);
        assertTrue(generateClasses.stream().anyMatch(line -> line.contains(" io.github.amigovernance.core.")),
                "the log lists the classes generate loaded");
        assertTrue(generateClasses.stream().noneMatch(line -> line.contains(" org.drools.")
                || line.contains(" org.kie.") || line.contains(" io.github.amigovernance.rules.")),
                "generate loaded a class of the rules or of Drools");
        assertTrue(Files.readAllLines(validateLog).stream().anyMatch(line -> line.contains(" org.drools.")),
                "validate judges the exceptions with the rules");
    }

    @Test
    void jar_badConfig_exits2WithoutStackTrace(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"ops_publisher_account\": 7}");

        Result result = java(dir, "generate", "--config", config.toString(), "--mode", "enabled", "--out",
                dir.resolve("dist").toString());

        assertEquals(2, result.exitCode());
        assertTrue(result.err().contains(config + ":1:27: ops_publisher_account: expected an object with the ops"
                + " publisher's account_id, found the number 7"), result.err());
        assertTrue(!result.err().contains("\tat "), "no stack trace: " + result.err());
        assertTrue(Files.notExists(dir.resolve("dist")));
    }

    @Test
    void jar_generateWithEmit_writesRunnableScripts(@TempDir Path dir) throws Exception {
        Path dist = dir.resolve("dist");

        Result result = java(dir, "generate", "--config", "config/ami_publishers.json", "--mode", "audit_mode",
                "--out", dist.toString(), "--as-of", "2026-12-03", "--emit", "terraform,cloudformation,cli,capture");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.isExecutable(dist.resolve("deploy-ami-governance.sh")));
        Process syntax = new ProcessBuilder("bash", "-n", dist.resolve("deploy-ami-governance.sh").toString(),
                dist.resolve("capture-ami-governance.sh").toString()).redirectErrorStream(true).start();
        assertEquals(0, syntax.waitFor(), new String(syntax.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertTrue(Files.readString(dist.resolve("ami-governance.cfn.json"))
                .contains("\"AWS::Organizations::Policy\""));
    }

    @Test
    void jar_driftOnTheDriftedCapture_exits1(@TempDir Path dir) throws Exception {
        Result result = java(dir, "drift", "--config", "config/ami_publishers.json", "--deployed", "captures/drifted",
                "--mode", "audit_mode", "--as-of", "2026-12-03");

        assertEquals(1, result.exitCode(), result.err());
        assertTrue(result.out().contains("DRIFT: 9 errors, 1 warning"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void jar_version_printsTheVersion(@TempDir Path dir) throws Exception {
        Result result = java(dir, "--version");

        assertEquals(0, result.exitCode());
        assertTrue(result.out().startsWith("ami-governance "), result.out());
    }
}

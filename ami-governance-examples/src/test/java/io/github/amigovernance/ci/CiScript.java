package io.github.amigovernance.ci;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a shell script from a CI template or a document the way a CI runner does: bash, stopping at
 * the first command that fails, with its exit code as the script's.
 *
 * <p>The templates and documents check "today", while the bundled example's dates are fixed. So
 * that the tests do not rot as the calendar moves on, the script runs with a {@code java} shell
 * function that adds {@code --as-of} to every command of the packaged jar that takes one; nothing
 * else about the command changes.
 */
final class CiScript {

    /** The packaged command-line jar, built by the {@code package} phase before these tests run. */
    static final Path JAR = Path.of("target", "ami-governance.jar").toAbsolutePath();

    private static final String PREAMBLE = """
            set -eo pipefail
            java() {
              if [ "$1" = "-jar" ] && [ "${2##*/}" = "ami-governance.jar" ]; then
                case "$3" in
                  generate|validate|exceptions|evaluate)
                    local jar="$2" name="$3"
                    shift 3
                    command java -jar "$jar" "$name" --as-of "$AMI_GOVERNANCE_TEST_AS_OF" "$@"
                    return
                    ;;
                esac
              fi
              command java "$@"
            }
            """;

    /** What running a script gave. */
    record Result(int exitCode, String output) {
    }

    private CiScript() {
    }

    /**
     * Runs {@code script} in {@code workDir} with the given extra environment.
     *
     * @param asOf the day the jar's commands are pinned to
     */
    static Result run(Path workDir, Map<String, String> env, String script, LocalDate asOf)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile(workDir, "script", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of("bash", "-c", PREAMBLE + script))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("AMI_GOVERNANCE"));
        environment.putAll(env);
        environment.put("AMI_GOVERNANCE_TEST_AS_OF", asOf.toString());
        Path javaBin = Path.of(System.getProperty("java.home"), "bin");
        environment.put("PATH", javaBin + ":" + environment.getOrDefault("PATH", "/usr/bin:/bin"));

        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the script did not finish within 120 s:\n" + script);
        String text = Files.readString(output, StandardCharsets.UTF_8);
        Files.delete(output);
        return new Result(process.exitValue(), text);
    }
}

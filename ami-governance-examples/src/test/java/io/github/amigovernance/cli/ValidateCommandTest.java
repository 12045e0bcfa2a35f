package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ValidateCommandTest {

    private static final Path VALID = Path.of("config", "ami_publishers_valid.json");

    private static Path generate(Path config, String mode, Path dir) {
        CliRun run = CliRun.run("generate", "--config", config.toString(), "--mode", mode, "--out", dir.toString(),
                "--as-of", "2026-12-03");
        assertEquals(0, run.exitCode(), run.toString());
        return dir;
    }

    private static CliRun validate(Path config, Path dist, String... extra) {
        String[] args = {"validate", "--config", config.toString(), "--dist", dist.toString(), "--as-of", "2026-12-03"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CliRun.run(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"audit_mode", "enabled"})
    void validate_configWithoutExpiredEntries_passes(String mode, @TempDir Path dir) {
        CliRun run = validate(VALID, generate(VALID, mode, dir));

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Mode: " + mode), run.out());
        assertTrue(run.out().contains("Both files allow the 5 providers the config allows on 2026-12-03"), run.out());
        assertTrue(run.out().endsWith("PASSED: 0 errors, 0 warnings (1 exception checked)\n"), run.out());
    }

    @Test
    void validate_exampleWithExpiredException_failsNamingIt(@TempDir Path dir) {
        CliRun run = validate(CliRun.EXAMPLE, generate(CliRun.EXAMPLE, "audit_mode", dir));

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("error    EXPIRED  account 777788889999  (rule exception-expired)"), run.out());
        assertTrue(run.out().contains("FAILED: 1 error, 0 warnings"), run.out());
    }

    @Test
    void validate_beforeTheSeedExceptionExpires_passesWithWarnings(@TempDir Path dir) {
        CliRun generated = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "audit_mode",
                "--out", dir.toString(), "--as-of", "2026-02-20");
        assertEquals(0, generated.exitCode(), generated.toString());

        CliRun run = CliRun.run("validate", "--config", CliRun.EXAMPLE.toString(), "--dist", dir.toString(),
                "--as-of", "2026-02-20");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("EXPIRES_SOON"), run.out());
        assertTrue(run.out().contains("TYPE_MISSING"), run.out());
        assertTrue(run.out().contains("warning  APPROVAL_IN_FUTURE  account 444455556666"), run.out());
    }

    @Test
    void validate_accountRemovedFromTheDeclarativePolicy_failsSayingWhatDiffers(@TempDir Path dir) throws IOException {
        Path dist = generate(VALID, "enabled", dir);
        Path file = dist.resolve("declarative-policy-ec2.json");
        Files.writeString(file, Files.readString(file).replace("\"222233334444\",", ""));

        CliRun run = validate(VALID, dist);

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("DECLARATIVE_PROVIDERS_MISMATCH  account 222233334444"), run.out());
        assertTrue(run.out().contains("it lacks 222233334444 (vendor Example Security Appliances)"), run.out());
        assertTrue(run.out().contains("POLICIES_DISAGREE"), run.out());
    }

    @Test
    void validate_accountRemovedFromTheScp_failsSayingWhatDiffers(@TempDir Path dir) throws IOException {
        Path dist = generate(VALID, "enabled", dir);
        Path file = dist.resolve("scp-ami-guardrail.json");
        Files.writeString(file, Files.readString(file).replace("\"111122223333\",", ""));

        CliRun run = validate(VALID, dist, "--format", "json");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"code\": \"SCP_OWNERS_MISMATCH\""), run.out());
        assertTrue(run.out().contains("\"account_id\": \"111122223333\""), run.out());
        assertTrue(run.out().contains("\"status\": \"failed\""), run.out());
    }

    @Test
    void validate_missingFolder_exits2(@TempDir Path dir) {
        CliRun run = validate(VALID, dir.resolve("nowhere"));

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no such folder; run generate first"), run.err());
    }

    @Test
    void validate_emptyFolder_failsWithBothFilesMissing(@TempDir Path dir) {
        CliRun run = validate(VALID, dir);

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(2, run.out().split("POLICY_FILE_MISSING", -1).length - 1, run.out());
    }

    @Test
    void validate_negativeDays_exits2() {
        CliRun run = validate(VALID, Path.of("."), "--days", "-1");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--days: expected a number from 0 to 3650, found -1"), run.err());
    }
}

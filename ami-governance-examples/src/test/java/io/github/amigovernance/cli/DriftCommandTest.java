package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The drift command on the bundled captures: {@code captures/in-sync} is the example config
 * deployed in audit_mode on 2026-12-03 and captured, both with the generated scripts and the AWS CLI;
 * {@code captures/drifted} is a deployment from February that nobody renewed, with an SCP
 * attached to the root and its description edited by hand.
 */
final class DriftCommandTest {

    private static final Path IN_SYNC = Path.of("captures", "in-sync");
    private static final Path DRIFTED = Path.of("captures", "drifted");

    private static CliRun drift(Path deployed, String... extra) {
        String[] args = {"drift", "--config", CliRun.EXAMPLE.toString(), "--deployed", deployed.toString(),
            "--mode", "audit_mode", "--as-of", "2026-12-03"};
        return CliRun.run(Stream.concat(Stream.of(args), Stream.of(extra)).toArray(String[]::new));
    }

    private static Path copy(Path capture, Path dir) throws IOException {
        try (Stream<Path> files = Files.list(capture)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        return dir;
    }

    @Test
    void drift_inSyncCapture_exits0() {
        CliRun run = drift(IN_SYNC);

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("declarative policy   ami-governance-declarative-policy    p-7k2m9x4q     "
                + "in sync, attached to 2 targets"), run.out());
        assertTrue(run.out().contains("SCP                  ami-guardrail"), run.out());
        assertTrue(run.out().contains("  Targets of both policies: ou-a1b2-workloads, ou-a1b2-sandboxes"), run.out());
        assertTrue(run.out().endsWith("IN SYNC: 0 errors, 0 warnings\n"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void drift_staleDeployment_exits1WithEveryDifference() {
        CliRun run = drift(DRIFTED);

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("declarative policy   ami-governance-declarative-policy    p-7k2m9x4q     DRIFTED"
                + " (3 differences)"), run.out());
        assertTrue(run.out().contains("SCP                  ami-guardrail                        p-3hq8z1wd     DRIFTED"
                + " (6 differences)"), run.out());
        assertTrue(run.out().contains("error    ACCOUNT_ADDED  account 777788889999  (rule drift-content)\n"
                + "           allowed_image_providers in the deployed declarative policy (p-7k2m9x4q) include"
                + " 777788889999 (exception CLOUD-1234, expired after 2026-02-28), which the config does not allow on"
                + " 2026-12-03"), run.out());
        assertTrue(run.out().contains("error    ATTACHMENT_EXTRA  (rule drift-attachments)\n           the deployed SCP"
                + " (p-3hq8z1wd) is also attached to r-a1b2 (Root)"), run.out());
        assertTrue(run.out().contains("warning  DESCRIPTION_CHANGED"), run.out());
        assertTrue(run.out().contains("DRIFT: 9 errors, 1 warning\n"), run.out());
    }

    @Test
    void drift_json_listsEachPolicyWithItsFindings() {
        CliRun run = drift(DRIFTED, "--format", "json");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("{\n  \"command\": \"drift\",\n  \"status\": \"drift\","), run.out());
        assertTrue(run.out().contains("\"policy_type\": \"SERVICE_CONTROL_POLICY\",\n      \"name\": \"ami-guardrail\","
                + "\n      \"policy_id\": \"p-3hq8z1wd\",\n      \"status\": \"drifted\",\n      \"attached_to\": [\n"
                + "        \"ou-a1b2-workloads\",\n        \"r-a1b2\"\n      ],"), run.out());
        assertTrue(run.out().contains("\"code\": \"ATTACHMENT_MISSING\""), run.out());
        assertTrue(run.out().contains("\"errors\": 9,\n  \"warnings\": 1\n}"), run.out());
    }

    @Test
    void drift_jsonInSync_saysSo() {
        CliRun run = drift(IN_SYNC, "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"status\": \"in_sync\""), run.out());
        assertTrue(run.out().contains("\"status\": \"in_sync\",\n      \"attached_to\": ["), run.out());
    }

    @Test
    void drift_comparedInTheOtherMode_reportsTheModeOfBothPolicies() {
        CliRun run = CliRun.run("drift", "--config", CliRun.EXAMPLE.toString(), "--deployed", IN_SYNC.toString(),
                "--mode", "enabled", "--as-of", "2026-12-03");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(2, run.out().split("error    MODE_CHANGED", -1).length - 1, run.out());
    }

    @Test
    void drift_afterTheExceptionExpires_reportsItInEachList() {
        CliRun run = CliRun.run("drift", "--config", CliRun.EXAMPLE.toString(), "--deployed", IN_SYNC.toString(),
                "--mode", "audit_mode", "--as-of", "2027-02-16");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(3, run.out().split("ACCOUNT_ADDED  account 444455556666", -1).length - 1,
                "the providers and the two publisher exemptions: " + run.out());
    }

    @Test
    void drift_withoutAsOf_usesTodayInUtc() {
        CliRun run = CliRun.run("drift", "--config", CliRun.EXAMPLE.toString(), "--deployed", IN_SYNC.toString(),
                "--mode", "audit_mode");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("As of: 2026-12-03 (UTC)"), run.out());
    }

    @Test
    void drift_noCaptureFolder_exits2SayingHowToMakeOne(@TempDir Path dir) {
        Path missing = dir.resolve("deployed");

        CliRun run = drift(missing);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(missing + ": no such folder; capture the deployed policies into it first"),
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void drift_captureCutAtAPage_exits2NamingFileAndPath(@TempDir Path dir) throws IOException {
        Path capture = copy(IN_SYNC, dir);
        Path list = capture.resolve("list-policies-SERVICE_CONTROL_POLICY.json");
        Files.writeString(list, Files.readString(list).replace("    ]\n}", "    ],\n    \"NextToken\": \"eyJ9\"\n}"));

        CliRun run = drift(capture);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(list + ":"), run.err());
        assertTrue(run.err().contains(": NextToken: the output stops at a page boundary"), run.err());
        assertFalse(run.err().contains("Exception"), "no Java class names: " + run.err());
    }

    @Test
    void drift_describeFileMissing_exits2WithTheCommandToRun(@TempDir Path dir) throws IOException {
        Path capture = copy(IN_SYNC, dir);
        Files.delete(capture.resolve("describe-policy-p-3hq8z1wd.json"));

        CliRun run = drift(capture, "--format", "json");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("no such file; write it with: aws organizations describe-policy --policy-id"
                + " p-3hq8z1wd --output json > " + capture.resolve("describe-policy-p-3hq8z1wd.json")), run.err());
        assertTrue(run.out().contains("\"status\": \"bad_input\""), run.out());
    }

    @Test
    void drift_badConfig_exits2(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"ops_publisher_account\": {\"account_id\":"
                + " \"123456738923\"}, \"targets\": [\"ou-A1B2-workloads\"]}");

        CliRun run = CliRun.run("drift", "--config", config.toString(), "--deployed", IN_SYNC.toString(), "--mode",
                "audit_mode");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(config + ":1:71: targets[0]: expected a root ID"), run.err());
        assertTrue(run.err().contains("(AWS writes these IDs in lower case)"), run.err());
    }

    @Test
    void drift_configOverTheScpLimit_exits2(@TempDir Path dir) {
        CliRun run = drift(IN_SYNC, "--scp-limit", "500");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("its policies would break AWS limits on 2026-12-03"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--mode=enforce", "--as-of=2026-13-01", "--scp-limit=0", "--bogus"})
    void drift_badOption_exits2(String option) {
        CliRun run = drift(IN_SYNC, option);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void drift_withoutMode_isAUsageError() {
        CliRun run = CliRun.run("drift", "--config", CliRun.EXAMPLE.toString(), "--deployed", IN_SYNC.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("Missing required option: '--mode=audit_mode|enabled'"), run.err());
    }

    @Test
    void drift_help_listsExitCodes() {
        CliRun run = CliRun.run("drift", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("1   drift: at least one error finding"), run.out());
        assertTrue(run.out().contains("--deployed=DIR"), run.out());
    }
}

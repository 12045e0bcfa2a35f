package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.Problems;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ImpactCommandTest {

    private static final String CONFIG = CliRun.EXAMPLE.toString();
    private static final String INVENTORY = Path.of("example-inventory").toString();

    @TempDir
    Path dir;

    private static CliRun impact(String... extra) {
        List<String> args = new ArrayList<>(List.of("impact", "--config", CONFIG, "--inventory", INVENTORY));
        args.addAll(List.of(extra));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static JsonObject parse(String json) {
        Problems problems = new Problems("stdout");
        JsonValue value = new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8), problems).orElseThrow();
        problems.throwIfAny();
        return (JsonObject) value;
    }

    private static JsonValue member(JsonObject object, String name) {
        return object.member(name).orElseThrow(() -> new AssertionError("no member " + name)).value();
    }

    @Test
    void impact_exampleInventory_exitsOneAndEndsWithTheSummaryLine() {
        CliRun run = impact("--quiet");

        assertEquals(ExitCode.FINDINGS, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Impact of enforcing the allowlist on 2026-12-03 (UTC)", lines.get(0));
        assertEquals("AMI allowlist impact as of 2026-12-03 (5 allowed providers): enforcement would block 3 instances"
                + " (on relaunch), 3 launch template versions, 2 Auto Scaling groups and 3 launches seen in CloudTrail"
                + " in 1 of 2 accounts; 2 public images to make private, 4 unresolved image references, 2 input"
                + " problems. Not safe to enforce yet.", lines.get(lines.size() - 1));
        assertTrue(run.out().contains("== Would be blocked =="), run.out());
        assertTrue(run.out().contains("  Allowed AMIs: exempt (own image); SCP: denied"), run.out());
        assertTrue(run.out().contains("    aws ec2 modify-image-attribute --region us-east-1 --image-id"
                + " ami-0c33c33c33c33c33c --launch-permission \"Remove=[{Group=all}]\""), run.out());
        assertTrue(run.out().contains("Records[5]: expected an event record"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void impact_sameInputTwice_printsTheSameBytes() {
        for (String format : List.of("text", "json", "markdown")) {
            CliRun first = impact("--quiet", "--format", format);
            CliRun second = impact("--quiet", "--format", format, "--threads", "1");

            assertEquals(first.out(), second.out(), format);
        }
    }

    @Test
    void impact_formatJson_printsOneDocumentWithBothVerdicts() {
        CliRun run = impact("--quiet", "--format", "json");

        assertEquals(ExitCode.FINDINGS, run.exitCode());
        JsonObject document = parse(run.out());
        assertEquals("would_block", ((JsonString) member(document, "status")).value());
        JsonArray findings = (JsonArray) member(document, "findings");
        JsonObject first = (JsonObject) findings.elements().get(0);
        assertEquals("INSTANCE_RELAUNCH_BLOCKED", ((JsonString) member(first, "code")).value());
        assertEquals("own_image_exempt", ((JsonString) member(first, "allowed_amis")).value());
        assertEquals("denied", ((JsonString) member(first, "scp")).value());
        assertTrue(((JsonString) member(document, "summary")).value().startsWith("AMI allowlist impact as of"));
    }

    @Test
    void impact_formatMarkdown_printsTablesForAChangeRequest() {
        CliRun run = impact("--quiet", "--format", "markdown");

        assertEquals(ExitCode.FINDINGS, run.exitCode());
        assertTrue(run.out().startsWith("## AMI allowlist impact as of 2026-12-03\n\n> AMI allowlist impact as of"),
                run.out());
        assertTrue(run.out().contains("| Account | Region | Code | Owner | Count | Allowed AMIs | SCP | Examples |"),
                run.out());
        assertTrue(run.out().contains("| 333344445555 | us-east-1 | `SCALE_OUT_BLOCKED` | 999988887777 | 2 | blocked |"
                + " exempt (AWS service) |"), run.out());
    }

    @Test
    void impact_onlyAllowedImages_exitsZero() {
        write(dir.resolve("333344445555/us-east-1/describe-instance-image-metadata.json"), """
                {"InstanceImageMetadata": [{"InstanceId": "i-1", "State": {"Code": 16, "Name": "running"},
                  "ImageMetadata": {"ImageId": "ami-1", "OwnerId": "123456738923"}}]}
                """);

        CliRun run = CliRun.run("impact", "--config", CONFIG, "--inventory", dir.toString(), "--quiet");

        assertEquals(ExitCode.OK, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().strip().endsWith("enforcement would block nothing in 1 account (checked 1 instance, 0"
                + " launch template versions, 0 Auto Scaling groups and 0 launches seen in CloudTrail); 0 public images"
                + " to make private, 0 unresolved image references, 0 input problems."), run.out());
    }

    @Test
    void impact_gzipCloudTrail_readsTheSameAsPlain() throws IOException {
        Path copy = dir.resolve("inventory");
        copyTree(Path.of(INVENTORY), copy);
        try (Stream<Path> files = Files.walk(copy.resolve("AWSLogs"))) {
            for (Path log : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(Path.of(log + ".gz")))) {
                    Files.copy(log, gz);
                }
                Files.delete(log);
            }
        }

        CliRun plain = impact("--quiet", "--format", "json");
        CliRun gzip = CliRun.run("impact", "--config", CONFIG, "--inventory", copy.toString(), "--quiet", "--format",
                "json");

        assertEquals(ExitCode.FINDINGS, gzip.exitCode());
        assertEquals(member(parse(plain.out()), "findings").toString().replace(INVENTORY, ""),
                member(parse(gzip.out()), "findings").toString().replace(copy.toString(), ""));
    }

    @Test
    void impact_notQuiet_writesProgressToStandardErrorOnly() {
        CliRun quiet = impact("--quiet");
        CliRun loud = impact();

        assertEquals(quiet.out(), loud.out());
        assertTrue(loud.err().startsWith("impact: 0% of "), loud.err());
        assertTrue(loud.err().contains("impact: read 9 files"), loud.err());
    }

    @Test
    void impact_missingInventory_exitsTwoNamingTheFolder() {
        Path missing = dir.resolve("nowhere");

        CliRun run = CliRun.run("impact", "--config", CONFIG, "--inventory", missing.toString(), "--quiet");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("", run.out());
        assertTrue(run.err().contains(missing + ": no such folder"), run.err());
    }

    @Test
    void impact_missingInventoryWithJson_printsABadInputDocument() {
        CliRun run = CliRun.run("impact", "--config", CONFIG, "--inventory", dir.resolve("nowhere").toString(),
                "--quiet", "--format", "json");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertEquals("bad_input", ((JsonString) member(parse(run.out()), "status")).value());
    }

    @Test
    void impact_badConfig_exitsTwoNamingTheProblem() {
        Path config = write(dir.resolve("config.json"), "{\"ops_publisher_account\": {\"account_id\": 123456738923}}");

        CliRun run = CliRun.run("impact", "--config", config.toString(), "--inventory", INVENTORY, "--quiet");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("ops_publisher_account.account_id"), run.err());
    }

    @Test
    void impact_noInventoryOption_exitsTwo() {
        CliRun run = CliRun.run("impact", "--config", CONFIG);

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--inventory: missing"), run.err());
    }

    @Test
    void impact_zeroThreads_exitsTwo() {
        CliRun run = impact("--threads", "0");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--threads: expected a positive number of threads, found 0"), run.err());
    }

    @Test
    void impact_unknownFormat_exitsTwoListingTheChoices() {
        CliRun run = impact("--format", "yaml");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("[text, json, markdown]"), run.err());
    }

    @Test
    void impact_athenaQuery_printsTheQueryWithTheAllowlist() {
        CliRun run = CliRun.run("impact", "--config", CONFIG, "--athena-query", "--as-of", "2026-12-03");

        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("    VALUES '111122223333', '123456738923', '222233334444', '444455556666',"
                + " 'amazon'\n"), run.out());
        assertFalse(run.out().contains("${allowed_providers}"));
    }

    @Test
    void impact_help_publishesTheExitCodesAndTheFormats() {
        CliRun run = CliRun.run("impact", "--help");

        assertEquals(ExitCode.OK, run.exitCode());
        assertTrue(run.out().contains("--format=text|json|markdown"), run.out());
        assertTrue(run.out().contains("1   enforcement would block something"), run.out());
    }

    @Test
    void generate_formatMarkdown_isStillRejected() {
        CliRun run = CliRun.run("generate", "--config", CONFIG, "--mode", "audit_mode", "--out", dir.toString(),
                "--format", "markdown");

        assertEquals(ExitCode.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("[text, json]"), run.err());
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}

package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GenerateCommandTest {

    private static final String DECLARATIVE = "declarative-policy-ec2.json";
    private static final String SCP = "scp-ami-guardrail.json";
    private static final byte[] OLD = "previous run".getBytes(StandardCharsets.UTF_8);

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Path withOldFiles(Path dir) throws IOException {
        Files.write(dir.resolve(DECLARATIVE), OLD);
        Files.write(dir.resolve(SCP), OLD);
        return dir;
    }

    private static void assertUntouched(Path dir) throws IOException {
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve(DECLARATIVE)));
        assertArrayEquals(OLD, Files.readAllBytes(dir.resolve(SCP)));
        assertEquals(List.of(DECLARATIVE, SCP), names(dir), "no temporary file is left behind");
    }

    @Test
    void generate_example_writesBothFilesAndReportsTheExpiredException(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "audit_mode",
                "--out", dir.toString(), "--as-of", "2026-12-03");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of(DECLARATIVE, SCP), names(dir));
        assertTrue(run.out().contains("444455556666   exception  migration, CLOUD-2041, expires 2027-02-15"
                + " (74 days left)"), run.out());
        assertTrue(run.out().contains("warning: exception 777788889999 (CLOUD-1234) expired on 2026-02-28 and was"
                + " left out of both policies"), run.out());
        assertTrue(run.out().contains("the SCP does not deny launches"), run.out());
        assertEquals("", run.err());
        assertFalse(Files.readString(dir.resolve(DECLARATIVE)).contains("777788889999"));
    }

    @Test
    void generate_withoutAsOf_usesTodayInUtc(@TempDir Path dir) {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled",
                "--out", dir.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("As of: 2026-12-03 (UTC)"), run.out());
    }

    @Test
    void generate_twice_writesIdenticalBytes(@TempDir Path dir) throws IOException {
        String[] args = {"generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                dir.resolve("a").toString(), "--as-of", "2026-12-03"};
        CliRun.run(args);
        args[6] = dir.resolve("b").toString();
        CliRun.run(args);

        for (String name : List.of(DECLARATIVE, SCP)) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void generate_badConfig_exits2AndLeavesOldFiles(@TempDir Path dir) throws IOException {
        Path out = withOldFiles(Files.createDirectory(dir.resolve("dist")));
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\"ops_publisher_account\": {\"account_id\": \"12345678901\"},\n"
                + " \"exception_accounts\": [{\"account_id\": \"777788889999\", \"expires_onn\": \"2026-02-28\","
                + " \"reason\": \"r\", \"ticket\": \"t\"}]}");

        CliRun run = CliRun.run("generate", "--config", config.toString(), "--mode", "enabled", "--out",
                out.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("3 problems in the input"), run.err());
        assertTrue(run.err().contains(config + ":1:42: ops_publisher_account.account_id: expected an account ID of"
                + " exactly 12 ASCII digits, found \"12345678901\" (11 digits)"), run.err());
        assertTrue(run.err().contains("exception_accounts[0].expires_onn: unknown field"), run.err());
        assertFalse(run.err().contains("Exception"), "no Java class names or stack traces: " + run.err());
        assertEquals("", run.out());
        assertUntouched(out);
    }

    @Test
    void generate_overTheScpLimit_exits1AndWritesNothing(@TempDir Path dir) throws IOException {
        Path out = withOldFiles(dir);

        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                out.toString(), "--as-of", "2026-12-03", "--scp-limit", "900");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().contains("nothing was written to " + out), run.err());
        assertTrue(run.err().contains("scp-ami-guardrail.json (SCP) would have 1,082 characters, 182 over the limit"
                + " of 900."), run.err());
        assertUntouched(out);
    }

    @Test
    void generate_outIsAFile_exits2(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("dist"), "not a folder");

        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                file.toString(), "--as-of", "2026-12-03");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--out: cannot write to " + file), run.err());
        assertEquals("not a folder", Files.readString(file));
    }

    @Test
    void generate_jsonFormat_printsOneDocument(@TempDir Path dir) {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                dir.toString(), "--as-of", "2026-12-03", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("{\n  \"command\": \"generate\",\n  \"status\": \"written\","), run.out());
        assertTrue(run.out().contains("\"providers\": [\n    \"111122223333\",\n    \"123456738923\","), run.out());
        assertTrue(run.out().contains("\"days_left\": -278"), run.out());
    }

    @Test
    void generate_badConfigAsJson_listsProblemsOnStdout(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "[]");

        CliRun run = CliRun.run("generate", "--config", config.toString(), "--mode", "enabled", "--out",
                dir.toString(), "--format", "json");

        assertEquals(2, run.exitCode());
        assertTrue(run.out().contains("\"status\": \"bad_input\""), run.out());
        assertTrue(run.out().contains("\"line\": 1,"), run.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--mode=enforce", "--as-of=2026-02-30", "--as-of=03/12/2026", "--scp-limit=ten",
            "--format=yaml", "--bogus"})
    void generate_badOption_exits2WithOneLineAndAHint(String option, @TempDir Path dir) {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                dir.toString(), option);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertTrue(run.err().contains("Try 'ami-governance generate --help'"), run.err());
    }

    @Test
    void generate_emitEverything_writesDeploymentFilesBesideThePolicies(@TempDir Path dir) throws IOException {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "audit_mode", "--out",
                dir.toString(), "--as-of", "2026-12-03", "--emit", "terraform,cloudformation,cli,capture");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(List.of("ami-governance.cfn.json", "ami-governance.tf.json", "capture-ami-governance.sh",
                DECLARATIVE, "deploy-ami-governance.sh", SCP), names(dir));
        assertTrue(Files.isExecutable(dir.resolve("deploy-ami-governance.sh")));
        assertTrue(Files.isExecutable(dir.resolve("capture-ami-governance.sh")));
        String script = Files.readString(dir.resolve("deploy-ami-governance.sh"));
        assertTrue(script.contains("\nSCP_CONTENT='" + Files.readString(dir.resolve(SCP)) + "'\n"),
                "the script carries the policy file's exact text");
        assertTrue(Files.readString(dir.resolve("ami-governance.tf.json")).contains("\"name\": \"ami-guardrail\""));
        assertTrue(run.out().contains("Wrote " + dir.resolve("ami-governance.cfn.json")), run.out());
        assertTrue(run.out().contains(" 735 / 10,240 characters"),
                "numbers in the same form whatever the machine's locale: " + run.out());
        assertTrue(run.out().contains("Targets of both policies: ou-a1b2-workloads, ou-a1b2-sandboxes"), run.out());
    }

    @Test
    void generate_emitTwice_writesIdenticalBytes(@TempDir Path dir) throws IOException {
        for (String out : List.of("a", "b")) {
            CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                    dir.resolve(out).toString(), "--as-of", "2026-12-03", "--emit", "terraform,cloudformation,cli",
                    "--emit", "capture");
            assertEquals(0, run.exitCode(), run.toString());
        }

        for (String name : names(dir.resolve("a"))) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void generate_emitUnknownFormat_exits2NamingTheChoices(@TempDir Path dir) {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                dir.toString(), "--emit", "terraform,pulumi");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("expected a comma-separated list of: terraform, cloudformation, cli, capture"),
                run.err());
    }

    @Test
    void generate_emitOverTheLimit_writesNothingAtAll(@TempDir Path dir) throws IOException {
        Path out = withOldFiles(dir);

        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                out.toString(), "--as-of", "2026-12-03", "--scp-limit", "900", "--emit", "terraform,cli");

        assertEquals(1, run.exitCode(), run.toString());
        assertUntouched(out);
    }

    @Test
    void generate_emitJson_listsEveryFileWithItsFormat(@TempDir Path dir) {
        CliRun run = CliRun.run("generate", "--config", CliRun.EXAMPLE.toString(), "--mode", "enabled", "--out",
                dir.toString(), "--as-of", "2026-12-03", "--emit", "cli", "--format", "json");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"format\": \"cli\","), run.out());
        assertTrue(run.out().contains("\"targets\": {\n    \"declarative\": [\n      \"ou-a1b2-workloads\",\n"
                + "      \"ou-a1b2-sandboxes\"\n    ],\n    \"scp\": [\n      \"ou-a1b2-workloads\","), run.out());
    }

    @Test
    void generate_emitWithAPilotOuForTheScp_saysWhereEachGoes(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("pilot.json"), "{\"ops_publisher_account\": {\"account_id\":"
                + " \"123456738923\"}, \"targets\": [\"ou-a1b2-workloads\", \"ou-a1b2-sandboxes\"],"
                + " \"policies\": {\"scp\": {\"targets\": [\"ou-a1b2-pilot0001\"]}}}");

        CliRun run = CliRun.run("generate", "--config", config.toString(), "--mode", "audit_mode", "--out",
                dir.resolve("dist").toString(), "--as-of", "2026-12-03", "--emit", "cli");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Targets of the declarative policy: ou-a1b2-workloads, ou-a1b2-sandboxes\n"
                + "Targets of the SCP: ou-a1b2-pilot0001\nnote: the two policies go to different targets"), run.out());
    }

    @Test
    void generate_emitWithoutTargets_saysNothingIsAttached(@TempDir Path dir) {
        CliRun run = CliRun.run("generate", "--config", "config/ami_publishers_valid.json", "--mode", "enabled",
                "--out", dir.toString(), "--as-of", "2026-12-03", "--emit", "terraform");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("note: the config lists no targets, so the deployment files create both policies"
                + " but attach them nowhere."), run.out());
    }

    @Test
    void generate_emitHugeTemplate_pointsToAnS3Bucket(@TempDir Path dir) throws IOException {
        StringBuilder config = new StringBuilder("{\"ops_publisher_account\": {\"account_id\": \"100000000000\"},"
                + " \"vendor_publisher_accounts\": [");
        for (int i = 0; i < 596; i++) {
            config.append(i == 0 ? "" : ", ").append("{\"account_id\": \"").append(200_000_000_000L + i)
                    .append("\", \"vendor_name\": \"v\"}");
        }
        config.append("], \"provider_aliases\": [\"amazon\", \"aws_marketplace\", \"aws_backup_vault\"],"
                + " \"targets\": [");
        for (int i = 0; i < 50; i++) {
            config.append(i == 0 ? "" : ", ").append('"').append(300_000_000_000L + i).append('"');
        }
        Path file = Files.writeString(dir.resolve("big.json"), config.append("]}").toString());

        CliRun run = CliRun.run("generate", "--config", file.toString(), "--mode", "enabled", "--out",
                dir.resolve("dist").toString(), "--as-of", "2026-12-03", "--emit", "cloudformation");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("more than the 51,200 bytes CloudFormation accepts inline; give aws"
                + " cloudformation deploy an --s3-bucket"), run.out());
    }

    @Test
    void generate_help_listsExitCodes() {
        CliRun run = CliRun.run("generate", "--help");

        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("1   a policy would break an AWS limit; nothing written"), run.out());
    }

    @Test
    void noCommand_listsCommandsAndExits2() {
        CliRun run = CliRun.run();

        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("generate"), run.err());
    }
}

package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ExceptionsCommandTest {

    @Test
    void exceptions_example_failsOnTheExpiredEntry() {
        CliRun run = CliRun.run("exceptions", "--config", CliRun.EXAMPLE.toString(), "--as-of", "2026-12-03");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("1    777788889999  -           CLOUD-1234   2026-02-28  EXPIRED 278 days ago"),
                run.out());
        assertTrue(run.out().contains("0    444455556666  migration   CLOUD-2041   2027-02-15  active (74 days left)"),
                run.out());
        assertTrue(run.out().contains("FAILED: 1 expired, 0 expiring within 14 days, 1 active"), run.out());
    }

    @Test
    void exceptions_withinTheWarningWindow_warnsButPasses() {
        CliRun run = CliRun.run("exceptions", "--config", "config/ami_publishers_valid.json", "--as-of", "2027-02-01",
                "--days", "30");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("expiring (14 days left)"), run.out());
        assertTrue(run.out().contains("EXPIRES_SOON"), run.out());
    }

    @Test
    void exceptions_json_listsStateAndFindings() {
        CliRun run = CliRun.run("exceptions", "--config", CliRun.EXAMPLE.toString(), "--as-of", "2026-12-03",
                "--format", "json");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"state\": \"expired\""), run.out());
        assertTrue(run.out().contains("\"expired\": 1,"), run.out());
        assertTrue(run.out().contains("\"code\": \"EXPIRED\""), run.out());
    }

    @Test
    void exceptions_noExceptions_saysSo(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"ops_publisher_account\": {\"account_id\":"
                + " \"123456738923\"}}");

        CliRun run = CliRun.run("exceptions", "--config", config.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("The config has no exceptions."), run.out());
    }
}

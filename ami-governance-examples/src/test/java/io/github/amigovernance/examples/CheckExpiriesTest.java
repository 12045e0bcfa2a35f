package io.github.amigovernance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.rules.ExceptionStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckExpiriesTest {

    private static final Path EXAMPLE = Path.of("config", "ami_publishers.json");
    private static final Path VALID = Path.of("config", "ami_publishers_valid.json");

    @Test
    void needingAttention_bundledExample_isTheExpiredEntryOnly() {
        List<ExceptionStatus> attention = CheckExpiries.needingAttention(EXAMPLE, LocalDate.of(2026, 12, 3));

        assertEquals(1, attention.size());
        assertEquals(ExceptionStatus.State.EXPIRED, attention.get(0).state());
        assertEquals("CLOUD-1234", attention.get(0).exception().ticket());
    }

    @Test
    void needingAttention_fifteenAndFourteenDaysBefore_entersTheWindowOnTheFourteenth() {
        assertEquals(List.of(), CheckExpiries.needingAttention(VALID, LocalDate.of(2027, 1, 31)));
        assertEquals(ExceptionStatus.State.EXPIRING,
                CheckExpiries.needingAttention(VALID, LocalDate.of(2027, 2, 1)).get(0).state());
    }

    @Test
    void needingAttention_onAndAfterTheExpiryDay_isExpiringThenExpired() {
        assertEquals(ExceptionStatus.State.EXPIRING,
                CheckExpiries.needingAttention(VALID, LocalDate.of(2027, 2, 15)).get(0).state());
        assertEquals(ExceptionStatus.State.EXPIRED,
                CheckExpiries.needingAttention(VALID, LocalDate.of(2027, 2, 16)).get(0).state());
    }

    @Test
    void needingAttention_configWithAnUnknownType_throwsNamingIt(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"ops_publisher_account\": {\"account_id\":"
                + " \"123456738923\"}, \"exception_accounts\": [{\"account_id\": \"777788889999\", \"type\":"
                + " \"migraton\", \"expires_on\": \"2027-02-28\", \"reason\": \"r\", \"ticket\": \"T-1\"}]}");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> CheckExpiries.needingAttention(config, LocalDate.of(2026, 12, 3)));

        assertEquals("exception_accounts[0].type", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("\"migraton\""), e.problems().toString());
    }

    @Test
    void run_expiredException_exits1() {
        ExampleRun run = ExampleRun.of(CheckExpiries::run, EXAMPLE.toString(), "2026-12-03");

        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("EXPIRED 777788889999 CLOUD-1234 expires_on 2026-02-28 owner (no requested_by)\n", run.out());
    }

    @Test
    void run_expiringException_namesTheOwnerAndExits0() {
        ExampleRun run = ExampleRun.of(CheckExpiries::run, VALID.toString(), "2027-02-05");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("EXPIRING 444455556666 CLOUD-2041 expires_on 2027-02-15 owner payments-platform\n", run.out());
    }

    @Test
    void run_nothingDue_saysSoAndExits0() {
        ExampleRun run = ExampleRun.of(CheckExpiries::run, VALID.toString(), "2026-12-03");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("No exception expires within the warning window of 2026-12-03.\n", run.out());
    }

    @Test
    void run_badArguments_exits2() {
        ExampleRun noArguments = ExampleRun.of(CheckExpiries::run);
        ExampleRun badDate = ExampleRun.of(CheckExpiries::run, VALID.toString(), "03/12/2026");

        assertEquals(2, noArguments.exitCode());
        assertTrue(noArguments.err().startsWith("usage: CheckExpiries"), noArguments.err());
        assertEquals(2, badDate.exitCode());
        assertTrue(badDate.err().contains("found \"03/12/2026\""), badDate.err());
    }
}

package io.github.amigovernance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.rules.Decision;
import io.github.amigovernance.rules.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluateRequestTest {

    private static final Path CONFIG = Path.of("config", "ami_publishers.json");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    @Test
    void evaluate_pendingRequest_namesTheMissingRole() {
        Decision decision = EvaluateRequest.evaluate(CONFIG, Path.of("requests", "migration-pending.json"), DAY);

        assertEquals(Outcome.PENDING_APPROVAL, decision.outcome());
        assertEquals(List.of("cloud-architect"), decision.missingApprovals());
        assertEquals(LocalDate.of(2027, 3, 3), decision.maxExpiresOn());
    }

    @Test
    void evaluate_requestOfATypeThePolicyLacks_throwsNamingTheType(@TempDir Path dir) throws IOException {
        Path request = Files.writeString(dir.resolve("r.json"), "{\"account_id\": \"888899990000\", \"type\":"
                + " \"hardware_trial\", \"start_date\": \"2026-12-03\", \"duration_days\": 10}");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EvaluateRequest.evaluate(CONFIG, request, DAY));

        assertEquals("type", e.problems().get(0).path());
        assertTrue(e.problems().get(0).message().contains("\"hardware_trial\""), e.problems().toString());
    }

    @Test
    void run_approvedRequest_exits0() {
        ExampleRun run = ExampleRun.of(EvaluateRequest::run, CONFIG.toString(), "requests/migration-approved.json",
                "2026-12-03");

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("APPROVED (the latest expiry the rules allow is 2027-03-03)\n", run.out());
    }

    @Test
    void run_rejectedRequest_printsTheReasonsAndExits1() {
        ExampleRun run = ExampleRun.of(EvaluateRequest::run, CONFIG.toString(), "requests/vendor-poc-rejected.json",
                "2026-12-03");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("REJECTED (the latest expiry the rules allow is 2027-02-01)\n"), run.out());
        assertTrue(run.out().contains("error DURATION_EXCEEDS_TYPE_MAX [555566667777]"), run.out());
        assertTrue(run.out().contains("error EXIT_PLAN_MISSING [555566667777]"), run.out());
    }

    @Test
    void run_malformedRequest_exits2WithPathAndPosition(@TempDir Path dir) throws IOException {
        Path request = Files.writeString(dir.resolve("r.json"), "{\"account_id\": \"88889999000\", \"type\":"
                + " \"migration\", \"start_date\": \"2026-12-03\", \"duration_days\": 10}");

        ExampleRun run = ExampleRun.of(EvaluateRequest::run, CONFIG.toString(), request.toString(), "2026-12-03");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(request + ":1:16: account_id: expected an account ID of exactly 12 ASCII"
                + " digits, found \"88889999000\" (11 digits)"), run.err());
    }

    @Test
    void run_wrongArgumentCount_exits2WithUsage() {
        ExampleRun run = ExampleRun.of(EvaluateRequest::run, CONFIG.toString());

        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("usage: EvaluateRequest"), run.err());
    }
}

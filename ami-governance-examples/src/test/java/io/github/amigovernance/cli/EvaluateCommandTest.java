package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EvaluateCommandTest {

    private static CliRun evaluate(String request, String... extra) {
        String[] args = {"evaluate", "--request", request, "--as-of", "2026-12-03"};
        String[] all = new String[args.length + extra.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CliRun.run(all);
    }

    @Test
    void evaluate_pendingRequest_namesTheMissingRoleAndExits0() {
        CliRun run = evaluate("requests/migration-pending.json", "--config", CliRun.EXAMPLE.toString());

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Decision: PENDING_APPROVAL"), run.out());
        assertTrue(run.out().contains("Waiting for approval from: cloud-architect"), run.out());
        assertTrue(run.out().contains("Latest expiry the rules allow for this request: 2027-03-03"), run.out());
    }

    @Test
    void evaluate_approvedRequest_exits0() {
        CliRun run = evaluate("requests/migration-approved.json");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Decision: APPROVED"), run.out());
    }

    @Test
    void evaluate_rejectedRequestAsJson_usesTheDocumentedKeysAndExits1() {
        CliRun run = evaluate("requests/vendor-poc-rejected.json", "--format", "json");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("{\n  \"decision\": \"REJECTED\",\n  \"missing_approvals\": [],\n"
                + "  \"max_expires_on\": \"2027-02-01\",\n  \"findings\": [\n"), run.out());
        assertTrue(run.out().contains("\"code\": \"EXIT_PLAN_MISSING\""), run.out());
    }

    @Test
    void evaluate_malformedRequest_exits2WithPathAndLine(@TempDir Path dir) throws IOException {
        Path request = Files.writeString(dir.resolve("r.json"), "{\"account_id\": \"888899990000\",\n"
                + " \"type\": \"migration\", \"start_date\": \"2026-12-03\", \"expires_on\": \"2027-13-01\"}");

        CliRun run = evaluate(request.toString());

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(request + ":2:65: expires_on: expected a real calendar date as YYYY-MM-DD,"
                + " found \"2027-13-01\" (there is no month 13)"), run.err());
    }

    @Test
    void evaluate_typeDefinedOnlyInTheConfig_isAcceptedWithThatConfig(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"ops_publisher_account\": {\"account_id\":"
                + " \"123456738923\"}, \"exception_policy\": {\"types\": {\"audit\": {\"max_days\": 10,"
                + " \"required_approvals\": [\"auditor\"]}}}}");
        Path request = Files.writeString(dir.resolve("r.json"), "{\"account_id\": \"888899990000\","
                + " \"type\": \"audit\", \"start_date\": \"2026-12-03\", \"duration_days\": 10,"
                + " \"justification\": \"j\", \"exit_plan\": \"e\","
                + " \"technical_contact\": \"t\", \"sponsor\": \"s\"}");

        CliRun without = evaluate(request.toString());
        CliRun with = evaluate(request.toString(), "--config", config.toString());

        assertEquals(2, without.exitCode(), without.toString());
        assertTrue(without.err().contains("unknown exception type \"audit\""), without.err());
        assertEquals(0, with.exitCode(), with.toString());
        assertTrue(with.out().contains("Waiting for approval from: auditor"), with.out());
    }
}

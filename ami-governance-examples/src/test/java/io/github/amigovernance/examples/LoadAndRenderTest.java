package io.github.amigovernance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.policy.PolicyLimitException;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class LoadAndRenderTest {

    private static final Path EXAMPLE = Path.of("config", "ami_publishers.json");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /** A config whose vendors make both policies larger than AWS accepts. */
    private static Path tooLarge(Path dir) throws IOException {
        StringBuilder json = new StringBuilder("{\"ops_publisher_account\": {\"account_id\": \"123456738923\"},"
                + " \"vendor_publisher_accounts\": [");
        for (int i = 0; i < 800; i++) {
            json.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT,
                    "{\"account_id\": \"%012d\", \"vendor_name\": \"v%d\"}", 100_000_000_000L + i, i));
        }
        return Files.writeString(dir.resolve("large.json"), json.append("]}").toString());
    }

    @Test
    void render_bundledExample_writesBothFilesAndLeavesTheExpiredExceptionOut(@TempDir Path dir) throws IOException {
        RenderedPolicies policies = LoadAndRender.render(EXAMPLE, DAY, EnforcementMode.AUDIT_MODE, dir);

        assertEquals(List.of("111122223333", "123456738923", "222233334444", "444455556666", "amazon"),
                policies.allowlist().declarativeProviders());
        assertEquals("777788889999", policies.allowlist().expiredExceptions().get(0).accountId().value());
        assertEquals(policies.declarative().content(), Files.readString(dir.resolve("declarative-policy-ec2.json")));
        assertEquals(policies.scp().content(), Files.readString(dir.resolve("scp-ami-guardrail.json")));
    }

    @Test
    void render_overTheLimit_throwsAndWritesNothing(@TempDir Path dir) throws IOException {
        Path config = tooLarge(dir);
        Path out = dir.resolve("out");

        PolicyLimitException e = assertThrows(PolicyLimitException.class,
                () -> LoadAndRender.render(config, DAY, EnforcementMode.ENABLED, out));

        assertTrue(e.getMessage().contains("characters"), e.getMessage());
        assertTrue(Files.notExists(out));
    }

    @Test
    void render_malformedConfig_throwsWithThePath(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("c.json"), "{\"ops_publisher_account\": {\"account_id\": 1}}");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LoadAndRender.render(config, DAY, EnforcementMode.AUDIT_MODE, dir.resolve("out")));

        assertEquals("ops_publisher_account.account_id", e.problems().get(0).path());
    }

    @Test
    void run_bundledExample_printsTheAllowlistAndExits0(@TempDir Path dir) {
        ExampleRun run = ExampleRun.of(LoadAndRender::run, EXAMPLE.toString(), dir.toString(), "2026-12-03");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Allowed on 2026-12-03: 111122223333, 123456738923, 222233334444,"
                + " 444455556666, amazon\nLeft out: 777788889999 (CLOUD-1234), expired on 2026-02-28\n"), run.out());
        assertTrue(run.out().contains("Wrote " + dir.resolve("scp-ami-guardrail.json") + " (735 characters)"),
                run.out());
    }

    @Test
    void run_overTheLimit_exits1AndKeepsExistingFiles(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectory(dir.resolve("out"));
        Path existing = Files.writeString(out.resolve("scp-ami-guardrail.json"), "previous");

        ExampleRun run = ExampleRun.of(LoadAndRender::run, tooLarge(dir).toString(), out.toString(), "2026-12-03");

        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("error: declarative-policy-ec2.json (declarative policy) would have"),
                run.err());
        assertEquals("previous", Files.readString(existing));
        assertTrue(Files.notExists(out.resolve("declarative-policy-ec2.json")));
    }

    @Test
    void run_missingConfig_exits2NamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        ExampleRun run = ExampleRun.of(LoadAndRender::run, missing.toString(), dir.toString(), "2026-12-03");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(missing + ": no such file"), run.err());
    }

    @Test
    void run_badDateOrArguments_exits2(@TempDir Path dir) {
        ExampleRun badDate = ExampleRun.of(LoadAndRender::run, EXAMPLE.toString(), dir.toString(), "2026-02-30");
        ExampleRun noArguments = ExampleRun.of(LoadAndRender::run);

        assertEquals(2, badDate.exitCode(), badDate.toString());
        assertTrue(badDate.err().contains("found \"2026-02-30\""), badDate.err());
        assertEquals(2, noArguments.exitCode());
        assertTrue(noArguments.err().startsWith("usage: LoadAndRender"), noArguments.err());
    }
}

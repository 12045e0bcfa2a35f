package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class InventoryWalkerTest {

    @TempDir
    Path dir;

    private record Walk(List<InputFile> files, List<InputProblem> problems, int skipped) {
    }

    private Walk walk(List<Path> extraRoots) throws Exception {
        List<InputFile> files = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        AtomicInteger skipped = new AtomicInteger();
        InventoryWalker walker = new InventoryWalker(dir, extraRoots);
        walker.checkRoots();
        walker.walk(files::add, problems::add, skipped::incrementAndGet);
        return new Walk(files, problems, skipped.get());
    }

    @ParameterizedTest
    @CsvSource({
        "111122223333/us-east-1/describe-images.json, CAPTURE, us-east-1",
        "111122223333/us-gov-west-1/images.json.gz, CAPTURE, us-gov-west-1",
        "111122223333/eu-isoe-west-1/x.json, CAPTURE, eu-isoe-west-1",
        "111122223333/Region With Spaces/x.json, CAPTURE, Region With Spaces",
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/30/a.json.gz, CLOUDTRAIL, ",
        "AWSLogs/o-abc123def4/111122223333/CloudTrail/cn-north-1/2026/11/30/a.json, CLOUDTRAIL, ",
        "prefix/AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/30/a.json.gz, CLOUDTRAIL, ",
        "111122223333/CloudTrail/us-east-1/a.json.gz, CLOUDTRAIL, "})
    void walk_fileInTheLayout_isHandedOnAsItsKind(String relative, InputFile.Kind kind, String region)
            throws Exception {
        Path file = Fixtures.write(dir.resolve(relative), "{}");

        Walk walk = walk(List.of());

        assertEquals(1, walk.files().size(), walk.toString());
        InputFile found = walk.files().get(0);
        assertEquals(file, found.path());
        assertEquals(kind, found.kind());
        assertEquals(region, found.region());
        assertEquals(List.of(), walk.problems());
        if (kind == InputFile.Kind.CAPTURE) {
            assertEquals(AccountId.of("111122223333"), found.account());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "AWSLogs/111122223333/CloudTrail-Digest/us-east-1/2026/11/30/d.json.gz",
        "AWSLogs/111122223333/CloudTrail-Insight/us-east-1/2026/11/30/i.json.gz",
        "AWSLogs/111122223333/elasticloadbalancing/us-east-1/2026/11/30/x.log.gz",
        "AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/30/notes.txt"})
    void walk_otherLogFiles_areSkippedQuietly(String relative) throws Exception {
        Fixtures.write(dir.resolve(relative), "x");

        Walk walk = walk(List.of());

        assertEquals(List.of(), walk.files());
        assertEquals(List.of(), walk.problems());
        assertEquals(1, walk.skipped());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "readme.md | not in an account folder",
        "11112222333/us-east-1/images.json | not in an account folder",
        "111122223333/images.json | captures lie directly in <account-id>/<region>/, and this file is 1 folder deep",
        "111122223333/us-east-1/2026/images.json | this file is 3 folders deep",
        "111122223333/us-east-1/images.yaml | not a .json or .json.gz file"})
    void walk_fileOutsideTheLayout_isReportedNotMissedSilently(String relative, String message) throws Exception {
        Path file = Fixtures.write(dir.resolve(relative.trim()), "x");

        Walk walk = walk(List.of());

        assertEquals(List.of(), walk.files());
        assertEquals(1, walk.problems().size());
        assertEquals(file.toString(), walk.problems().get(0).source());
        assertTrue(walk.problems().get(0).message().contains(message.trim()), walk.problems().get(0).message());
    }

    @Test
    void walk_hiddenFilesAndFolders_areSkipped() throws Exception {
        Fixtures.write(dir.resolve(".DS_Store"), "x");
        Fixtures.write(dir.resolve("111122223333/.cache/us-east-1/images.json"), "{}");

        Walk walk = walk(List.of());

        assertEquals(List.of(), walk.files());
        assertEquals(List.of(), walk.problems());
    }

    @Test
    void walk_extraCloudTrailRoot_takesEveryJsonFileButOtherServicesLogs() throws Exception {
        Path extra = dir.resolve("trail-export");
        Fixtures.write(extra.resolve("2026/11/30/a.json.gz"), "x");
        Fixtures.write(extra.resolve("AWSLogs/111122223333/Config/us-east-1/c.json.gz"), "x");
        Path inventory = dir.resolve("inventory");
        Fixtures.write(inventory.resolve("111122223333/us-east-1/images.json"), "{}");

        List<InputFile> files = new ArrayList<>();
        AtomicInteger skipped = new AtomicInteger();
        new InventoryWalker(inventory, List.of(extra)).walk(files::add, p -> { }, skipped::incrementAndGet);

        assertEquals(2, files.size());
        assertEquals(InputFile.Kind.CLOUDTRAIL, files.get(1).kind());
        assertEquals(1, skipped.get());
    }

    @Test
    void plan_countsFilesAndBytes() throws Exception {
        Fixtures.write(dir.resolve("111122223333/us-east-1/a.json"), "{\"Images\":[]}");
        Fixtures.write(dir.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/b.json"), "{}");
        Fixtures.write(dir.resolve("readme.md"), "ignored");

        InventoryWalker.Plan plan = new InventoryWalker(dir, List.of()).plan();

        assertEquals(new InventoryWalker.Plan(2, 15), plan);
    }

    @Test
    void checkRoots_missingExtraRoot_namesIt() {
        Path missing = dir.resolve("missing-trails");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new InventoryWalker(dir, List.of(missing)).checkRoots());

        assertEquals(missing.toString(), e.problems().get(0).source());
        assertEquals("no such folder", e.problems().get(0).message());
    }
}

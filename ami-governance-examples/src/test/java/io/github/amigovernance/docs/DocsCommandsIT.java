package io.github.amigovernance.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shell commands of README.md and docs/ against the packaged jar, so that every command
 * the documentation shows works as written.
 *
 * <p>The conventions, which README.md states for writers:
 * <ul>
 *   <li>A {@code bash} block is run when it uses the tool: a line starting with
 *       {@code ami-governance} (a shell function here that runs the launcher, as the alias
 *       README.md defines for people does) or naming the launcher
 *       {@code ami-governance-examples/bin/ami-governance} or the jar
 *       {@code ami-governance-examples/target/ami-governance.jar}. Other {@code bash} blocks
 *       (building, running the tests) and blocks marked {@code sh} (AWS commands) are not.
 *   <li>The blocks of one document run in order, in one fresh folder laid out like the repository
 *       (its example configs, requests, captures, CI templates, example inventory, the launcher
 *       and the jar), so later blocks see the files earlier ones wrote. {@code mvn} is a no-op
 *       there: the build running this test has just packaged the jar.
 *   <li>A block runs with {@code set -eo pipefail}; it must exit with the code of its
 *       {@code # exit: N} line, or 0. Every tool command that depends on the day passes
 *       {@code --as-of}, so the output cannot change as the calendar moves on.
 *   <li>A {@code text output} block right after a run block is part of its output: each of its
 *       lines must appear, in order, in what the block printed; a line {@code ...} stands for
 *       lines left out.
 * </ul>
 */
final class DocsCommandsIT {

    private static final Path JAR = Path.of("target", "ami-governance.jar").toAbsolutePath();
    private static final Pattern EXIT = Pattern.compile("^# exit: (\\d+)$", Pattern.MULTILINE);
    private static final Pattern DATED_COMMAND = Pattern.compile(
            "(?:^ami-governance|bin/ami-governance|ami-governance\\.jar)\\s+"
                    + "(generate|validate|exceptions|evaluate|impact|drift)\\b.*$",
            Pattern.MULTILINE);
    private static final Pattern AWS_TOOL = Pattern.compile("^\\s*(aws|terraform|cdk)\\s", Pattern.MULTILINE);
    private static final String PREAMBLE = """
            set -eo pipefail
            mvn() { :; }
            ami-governance() { ami-governance-examples/bin/ami-governance "$@"; }
            """;

    /** A block to run, with the output it must produce. */
    private record Run(Markdown.Block block, int expectedExit, List<String> expectedOutput) {
    }

    static boolean usesTheTool(String text) {
        return Stream.of(text.split("\n")).map(String::strip)
                .anyMatch(line -> line.startsWith("ami-governance ")
                        || line.contains("ami-governance-examples/bin/ami-governance")
                        || line.contains("ami-governance-examples/target/ami-governance.jar"));
    }

    private static List<Run> runs(Path document) throws IOException {
        List<Markdown.Block> blocks = Markdown.blocks(document);
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Markdown.Block block = blocks.get(i);
            if (block.info().equals("text output")) {
                Markdown.Block before = i == 0 ? null : blocks.get(i - 1);
                assertTrue(before != null && before.info().equals("bash") && usesTheTool(before.text()),
                        block.where() + ": a text output block must follow a bash block that runs the tool");
                continue;
            }
            if (!block.info().equals("bash") || !usesTheTool(block.text())) {
                continue;
            }
            Matcher dated = DATED_COMMAND.matcher(block.text());
            while (dated.find()) {
                assertTrue(dated.group().contains("--as-of"), block.where() + ": pass --as-of so that the output"
                        + " does not change with the calendar: " + dated.group());
            }
            assertFalse(AWS_TOOL.matcher(block.text()).find(), block.where() + ": AWS commands cannot run here;"
                    + " put them in an sh block");
            Matcher exit = EXIT.matcher(block.text());
            int expected = exit.find() ? Integer.parseInt(exit.group(1)) : 0;
            List<String> output = List.of();
            if (i + 1 < blocks.size() && blocks.get(i + 1).info().equals("text output")) {
                output = List.of(blocks.get(i + 1).text().split("\n"));
            }
            runs.add(new Run(block, expected, output));
        }
        return runs;
    }

    private static Path repositoryLookalike(Path dir) throws IOException {
        Path examples = Files.createDirectories(dir.resolve("ami-governance-examples").resolve("target"))
                .getParent();
        Path module = Path.of("").toAbsolutePath();
        for (String folder : List.of("config", "requests", "ci", "example-inventory", "captures")) {
            Files.createSymbolicLink(examples.resolve(folder), module.resolve(folder));
        }
        Files.createSymbolicLink(examples.resolve("target").resolve("ami-governance.jar"), JAR);
        // The launcher follows this link to the module, and runs the module's jar and archive.
        Files.createDirectories(examples.resolve("bin"));
        Files.createSymbolicLink(examples.resolve("bin").resolve("ami-governance"),
                module.resolve("bin").resolve("ami-governance"));
        return dir;
    }

    private static String run(Path workDir, String script, int expectedExit, String where)
            throws IOException, InterruptedException {
        Path log = workDir.resolve(".docs-command.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", PREAMBLE + script).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("AMI_GOVERNANCE"));
        env.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
                + env.getOrDefault("PATH", "/usr/bin:/bin"));
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), where + ": did not finish within 120 s");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertEquals(expectedExit, process.exitValue(), where + " exited with " + process.exitValue() + ":\n" + output);
        return output;
    }

    /** Checks that each expected line appears, in order, in the output; {@code ...} skips lines. */
    static void assertOutput(List<String> expected, String actual, String where) {
        List<String> lines = Stream.of(actual.split("\n")).map(String::stripTrailing).toList();
        int at = 0;
        for (String want : expected) {
            String line = want.stripTrailing();
            if (line.equals("...")) {
                continue;
            }
            while (at < lines.size() && !lines.get(at).equals(line)) {
                at++;
            }
            if (at == lines.size()) {
                fail(where + ": the documented output line\n  " + line + "\nis not in the output (in order):\n"
                        + actual);
            }
            at++;
        }
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCommand_runsAsWritten() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : Markdown.documents()) {
            List<Run> runs = runs(document);
            if (runs.isEmpty()) {
                continue;
            }
            String name = Markdown.ROOT.relativize(document).toString();
            tests.add(DynamicTest.dynamicTest(name + " (" + runs.size() + " blocks)", () -> {
                Path dir = repositoryLookalike(Files.createTempDirectory("docs-"));
                try {
                    for (Run run : runs) {
                        String output = run(dir, run.block().text(), run.expectedExit(), run.block().where());
                        assertOutput(run.expectedOutput(), output, run.block().where());
                    }
                } finally {
                    deleteTree(dir);
                }
            }));
        }
        return tests.stream();
    }

    @Test
    void documentation_hasRunnableBlocksWhereCommandsAreShown() throws IOException {
        int readme = runs(Markdown.ROOT.resolve("README.md")).size();
        int runbook = runs(Markdown.ROOT.resolve("docs").resolve("runbook.md")).size();
        int config = runs(Markdown.ROOT.resolve("docs").resolve("config.md")).size();
        int deploy = runs(Markdown.ROOT.resolve("docs").resolve("deploy.md")).size();

        assertTrue(readme >= 3, "README.md runs " + readme + " blocks");
        assertTrue(runbook >= 8, "docs/runbook.md runs " + runbook + " blocks");
        assertTrue(config >= 1, "docs/config.md runs " + config + " blocks");
        assertTrue(deploy >= 4, "docs/deploy.md runs " + deploy + " blocks");
    }

    @Test
    void assertOutput_missingOrReorderedLine_fails() {
        String actual = "a\nb\nc\n";

        assertOutput(List.of("a", "...", "c"), actual, "test");
        assertThrows(() -> assertOutput(List.of("c", "a"), actual, "test"));
        assertThrows(() -> assertOutput(List.of("a", "d"), actual, "test"));
    }

    @Test
    void run_blockEndingWithAnotherExitCode_fails(@TempDir Path dir) throws Exception {
        Path root = repositoryLookalike(dir);

        assertTrue(run(root, "ami-governance schema nope", 2, "test").contains("found 'nope'"));
        assertThrows(() -> run(root, "ami-governance schema nope", 0, "test"));
    }

    private static void assertThrows(org.junit.jupiter.api.function.Executable executable) {
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, executable);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

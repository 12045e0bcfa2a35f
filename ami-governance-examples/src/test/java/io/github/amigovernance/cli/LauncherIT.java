package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs bin/ami-governance, the launcher, against the packaged jar and checks that it behaves
 * exactly like {@code java -jar}: same output, same files, same exit code, whether the class-data
 * archive is there, stale, corrupt or missing.
 */
final class LauncherIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path LAUNCHER = MODULE.resolve("bin").resolve("ami-governance");
    private static final Path JAR = MODULE.resolve("target").resolve("ami-governance.jar");
    private static final Path ARCHIVE = MODULE.resolve("target").resolve("ami-governance.jsa");
    private static final String JAVA_HOME = System.getProperty("java.home");
    private static final Path CONFIG = MODULE.resolve("config").resolve("ami_publishers.json");

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path workDir, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("AMI_GOVERNANCE"));
        builder.environment().put("JAVA_HOME", JAVA_HOME);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), command + " did not finish within 60 s");
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static Result launcher(Path launcher, Path workDir, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return run(workDir, environment, command);
    }

    private static Result javaJar(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(JAVA_HOME, "bin", "java").toString(), "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        return run(workDir, Map.of(), command);
    }

    static Stream<Arguments> commands() {
        String config = CONFIG.toString();
        String requests = MODULE.resolve("requests").toString();
        return Stream.of(
                Arguments.of(0, List.of("generate", "--config", config, "--mode", "audit_mode", "--out", "dist",
                        "--as-of", "2026-12-03")),
                Arguments.of(1, List.of("validate", "--config", config, "--dist", "dist", "--as-of", "2026-12-03")),
                Arguments.of(1, List.of("evaluate", "--request", requests + "/vendor-poc-rejected.json", "--config",
                        config, "--as-of", "2026-12-03", "--format", "json")),
                Arguments.of(2, List.of("generate", "--config", config, "--mode", "audit", "--out", "dist")),
                Arguments.of(0, List.of("--version")));
    }

    @ParameterizedTest
    @MethodSource("commands")
    void launcher_command_printsAndExitsLikeJavaJar(int expectedExit, List<String> args, @TempDir Path dir)
            throws Exception {
        Path viaJar = Files.createDirectories(dir.resolve("jar"));
        Path viaLauncher = Files.createDirectories(dir.resolve("launcher"));
        if (args.get(0).equals("validate")) {
            for (Path work : List.of(viaJar, viaLauncher)) {
                javaJar(work, "generate", "--config", CONFIG.toString(), "--mode", "audit_mode", "--out", "dist",
                        "--as-of", "2026-12-03");
            }
        }

        Result expected = javaJar(viaJar, args.toArray(String[]::new));
        Result actual = launcher(LAUNCHER, viaLauncher, Map.of(), args.toArray(String[]::new));

        assertEquals(expectedExit, expected.exitCode(), expected.toString());
        assertEquals(expected, actual);
        for (String file : List.of("declarative-policy-ec2.json", "scp-ami-guardrail.json")) {
            Path written = viaJar.resolve("dist").resolve(file);
            assertEquals(Files.exists(written), Files.exists(viaLauncher.resolve("dist").resolve(file)), file);
            if (Files.exists(written)) {
                assertArrayEquals(Files.readAllBytes(written), Files.readAllBytes(viaLauncher.resolve("dist")
                        .resolve(file)), file);
            }
        }
    }

    @Test
    void launcher_throughASymbolicLinkFromAnotherFolder_findsItsJar(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("ami-governance"), LAUNCHER);

        Result result = launcher(link, dir, Map.of(), "--version");

        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().startsWith("ami-governance "), result.out());
    }

    @Test
    void launcher_archiveMadeByTheBuild_isUsedForTheToolAndPicocli(@TempDir Path dir) throws Exception {
        assumeTrue(Files.exists(ARCHIVE), "this Java made no class-data archive during the build");
        Path log = dir.resolve("classes.log");

        // -Xshare:on makes the JVM fail rather than run without the archive.
        Result result = launcher(LAUNCHER, dir, Map.of("AMI_GOVERNANCE_JAVA_OPTS",
                "-Xshare:on -Xlog:class+load=info:file=" + log), "generate", "--config", CONFIG.toString(), "--mode",
                "enabled", "--out", "dist", "--as-of", "2026-12-03");

        assertEquals(0, result.exitCode(), result.toString());
        List<String> loaded = Files.readAllLines(log);
        for (String name : List.of("picocli.CommandLine", "io.github.amigovernance.cli.GenerateCommand",
                "io.github.amigovernance.core.policy.PolicyRenderer", "com.fasterxml.jackson.core.JsonFactory")) {
            assertTrue(loaded.stream().anyMatch(line -> line.contains(" " + name + " source: shared objects file")),
                    name + " was not loaded from the archive");
        }
    }

    /** What the copied module's archive holds, for {@link #launcher_badArchive_runsWithoutItAndPrintsTheSame}. */
    enum BadArchive {
        /** Random bytes. */
        CORRUPT,
        /** The build's archive, cut short. */
        TRUNCATED,
        /** The build's archive, made for the jar at another path. */
        STALE
    }

    @ParameterizedTest
    @EnumSource(BadArchive.class)
    void launcher_badArchive_runsWithoutItAndPrintsTheSame(BadArchive kind, @TempDir Path dir) throws Exception {
        assumeTrue(kind == BadArchive.CORRUPT || Files.exists(ARCHIVE),
                "this Java made no class-data archive during the build");
        Path module = copyOfTheModule(dir.resolve("module"));
        byte[] bytes = switch (kind) {
            case CORRUPT -> randomBytes(100_000);
            case TRUNCATED -> Arrays.copyOf(Files.readAllBytes(ARCHIVE), 20_000);
            case STALE -> Files.readAllBytes(ARCHIVE);
        };
        writeArchive(module, bytes);
        // Claims the archive fits, so that the launcher hands it to the JVM, which must refuse it.
        Files.writeString(module.resolve("target").resolve("ami-governance.jsa.made-for"),
                Path.of(JAVA_HOME, "bin", "java").toRealPath() + "\n" + module.resolve("target")
                        .resolve("ami-governance.jar") + "\n");
        Path work = Files.createDirectories(dir.resolve("work"));
        String[] args = {"generate", "--config", CONFIG.toString(), "--mode", "enabled", "--out", "dist", "--as-of",
            "2026-12-03"};

        Result expected = javaJar(Files.createDirectories(dir.resolve("expected")), args);
        Result actual = launcher(module.resolve("bin").resolve("ami-governance"), work, Map.of(), args);

        assertEquals(expected, actual);
        assertFalse(actual.out().contains("[warning]"), actual.out());
    }

    @Test
    void launcher_archiveMadeForAnotherJar_isNotPassedToTheJvm(@TempDir Path dir) throws Exception {
        Path module = copyOfTheModule(dir.resolve("module"));
        writeArchive(module, randomBytes(1000));
        Files.writeString(module.resolve("target").resolve("ami-governance.jsa.made-for"),
                Path.of(JAVA_HOME, "bin", "java").toRealPath() + "\n" + JAR + "\n");

        // With -Xshare:on a JVM given that file would fail to start.
        Result result = launcher(module.resolve("bin").resolve("ami-governance"), dir,
                Map.of("AMI_GOVERNANCE_JAVA_OPTS", "-Xshare:on"), "--version");

        assertEquals(0, result.exitCode(), result.toString());
    }

    @Test
    void launcher_noJar_exits3AndSaysHowToBuildIt(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.copy(LAUNCHER, bin.resolve("ami-governance"));
        Files.setPosixFilePermissions(bin.resolve("ami-governance"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Result result = launcher(bin.resolve("ami-governance"), dir, Map.of(), "--version");

        assertEquals(3, result.exitCode());
        assertTrue(result.err().contains("target/ami-governance.jar does not exist; build it first: mvn"),
                result.err());
        assertEquals("", result.out());
    }

    /** Copies the launcher and the jar into {@code module}, laid out as in this repository. */
    private static Path copyOfTheModule(Path module) throws IOException {
        Files.createDirectories(module.resolve("bin"));
        Files.createDirectories(module.resolve("target"));
        Files.copy(LAUNCHER, module.resolve("bin").resolve("ami-governance"));
        Files.setPosixFilePermissions(module.resolve("bin").resolve("ami-governance"),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.copy(JAR, module.resolve("target").resolve("ami-governance.jar"));
        return module;
    }

    /** Writes the copied module's archive, dated after its jar as an archive made by the build is. */
    private static void writeArchive(Path module, byte[] bytes) throws IOException {
        Path jar = module.resolve("target").resolve("ami-governance.jar");
        Path archive = Files.write(module.resolve("target").resolve("ami-governance.jsa"), bytes);
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 10_000));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(20261203).nextBytes(bytes);
        return bytes;
    }
}

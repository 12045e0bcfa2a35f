package io.github.amigovernance.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs generated bash scripts against {@code fake-aws.sh}, a stand-in for the AWS CLI put first on
 * the script's {@code PATH}. The fake records every call and models an organization with the root
 * {@value #ROOT} in files that tests can read and prepare.
 */
public final class FakeAws {

    /** The root ID of the modelled organization. */
    public static final String ROOT = "r-a1b2";

    private static final String SCRIPT = "/io/github/amigovernance/core/deploy/fake-aws.sh";

    private final Path bin;
    private final Path state;

    /**
     * What one run of a script did.
     *
     * @param exitCode the script's exit code
     * @param out its standard output
     * @param err its standard error
     */
    public record Result(int exitCode, String out, String err) {

        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private FakeAws(Path bin, Path state) {
        this.bin = bin;
        this.state = state;
    }

    /** Installs the fake in {@code directory}: an {@code aws} executable and an empty organization. */
    public static FakeAws install(Path directory) throws IOException {
        Path bin = Files.createDirectories(directory.resolve("bin"));
        Path state = Files.createDirectories(directory.resolve("state"));
        try (InputStream script = FakeAws.class.getResourceAsStream(SCRIPT)) {
            if (script == null) {
                throw new IllegalStateException("fake-aws.sh is missing from the test resources");
            }
            Path aws = bin.resolve("aws");
            Files.copy(script, aws);
            Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.writeString(state.resolve("root"), ROOT);
        Files.writeString(state.resolve("calls.log"), "");
        return new FakeAws(bin, state);
    }

    /** Returns the folder holding the modelled organization. */
    public Path state() {
        return state;
    }

    /** Writes a file into the state folder, such as a test hook ({@code race-enable}, {@code fail-attach-policy}). */
    public void set(String name, String content) throws IOException {
        Files.writeString(state.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Marks a policy type as enabled on the root. */
    public void enable(String policyType) throws IOException {
        Files.createDirectories(state.resolve("types"));
        set("types/" + policyType, "ENABLED");
    }

    /** Adds a policy to the organization, as if someone had created and attached it earlier. */
    public void addPolicy(String id, String type, String name, String description, String content,
            List<String> targets) throws IOException {
        Path policy = Files.createDirectories(state.resolve("policies").resolve(id));
        Files.writeString(policy.resolve("type"), type);
        Files.writeString(policy.resolve("name"), name, StandardCharsets.UTF_8);
        Files.writeString(policy.resolve("description"), description, StandardCharsets.UTF_8);
        Files.writeString(policy.resolve("content"), content, StandardCharsets.UTF_8);
        StringBuilder lines = new StringBuilder();
        targets.forEach(t -> lines.append(t).append('\n'));
        Files.writeString(policy.resolve("targets"), lines);
    }

    /** Returns the content a policy has in the organization. */
    public String content(String id) throws IOException {
        return Files.readString(state.resolve("policies").resolve(id).resolve("content"), StandardCharsets.UTF_8);
    }

    /** Returns the targets a policy is attached to, in attachment order. */
    public List<String> targets(String id) throws IOException {
        return Files.readAllLines(state.resolve("policies").resolve(id).resolve("targets"));
    }

    /** Returns every call made since the fake was installed or the calls were cleared, each as its arguments. */
    public List<List<String>> calls() throws IOException {
        String log = Files.readString(state.resolve("calls.log"), StandardCharsets.UTF_8);
        List<List<String>> calls = new ArrayList<>();
        for (String record : log.split("\u001e")) {
            if (!record.isEmpty()) {
                calls.add(List.of(record.split("\u001f", -1)));
            }
        }
        return calls;
    }

    /** Forgets the calls made so far. */
    public void clearCalls() throws IOException {
        Files.writeString(state.resolve("calls.log"), "");
    }

    /** Runs {@code bash script args} with the fake first on the PATH and no wait between status checks. */
    public Result run(Path script, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(script.getParent().toFile());
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("FAKE_AWS_STATE", state.toString());
        builder.environment().put("AMI_GOVERNANCE_POLL_SECONDS", "0");
        builder.environment().remove("AMI_GOVERNANCE_DRY_RUN");
        builder.environment().putAll(environment);
        Path out = Files.createTempFile(state, "out", ".txt");
        Path err = Files.createTempFile(state, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the script did not finish within 60 seconds: " + script);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}

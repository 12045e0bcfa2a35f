package io.github.amigovernance.core.drift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.policy.RenderedPolicies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CaptureReaderTest {

    private static final String DECLARATIVE_LIST = "list-policies-DECLARATIVE_POLICY_EC2.json";
    private static final String SCP_LIST = "list-policies-SERVICE_CONTROL_POLICY.json";
    private static final String SCP_DESCRIBE = "describe-policy-" + Fixtures.SCP_ID + ".json";
    private static final String SCP_TARGETS = "list-targets-for-policy-" + Fixtures.SCP_ID + ".json";

    @TempDir
    Path dir;

    private final GovernanceConfig config = Fixtures.config();

    private Capture read(Path capture) {
        return CaptureReader.read(capture, config.deployment());
    }

    private List<InputProblem> problems(Path capture) {
        return assertThrows(InvalidInputException.class, () -> read(capture)).problems();
    }

    @Test
    void read_cliCapture_findsBothPoliciesWithTextAndTargets() {
        RenderedPolicies rendered = Fixtures.rendered(config, EnforcementMode.ENABLED);

        Capture capture = read(Fixtures.capture(dir));

        DeployedPolicy declarative = assertInstanceOf(CapturedPolicy.Found.class, capture.declarative()).policy();
        DeployedPolicy scp = assertInstanceOf(CapturedPolicy.Found.class, capture.scp()).policy();
        assertEquals(Fixtures.DECLARATIVE_ID, declarative.id(), "found by name among other EC2 policies");
        assertEquals(Fixtures.SCP_ID, scp.id(), "found by name beside FullAWSAccess");
        assertEquals(rendered.declarative().content(), declarative.content(), "the escaped string, decoded");
        assertEquals(rendered.scp().content(), scp.content());
        assertEquals("AMI guardrail", scp.description());
        assertEquals(List.of(new DeployedTarget("r-a1b2", "ROOT", "Root"),
                new DeployedTarget("ou-a1b2-security", "ORGANIZATIONAL_UNIT", "Security"),
                new DeployedTarget("210987654321", "ACCOUNT", "account-4321")), scp.targets());
        assertTrue(scp.source().endsWith(SCP_DESCRIBE + " (Policy.Content)"), scp.source());
    }

    @Test
    void read_nameNotDeployed_isMissing() {
        Deployment renamed = new Deployment(config.deployment().declarative(), config.deployment().declarativeTargets(),
                new PolicyMetadata("ami-guardrail-v2", ""), config.deployment().scpTargets());

        Capture capture = CaptureReader.read(Fixtures.capture(dir), renamed);

        CapturedPolicy.Missing missing = assertInstanceOf(CapturedPolicy.Missing.class, capture.scp());
        assertTrue(missing.listSource().endsWith(SCP_LIST), missing.listSource());
        assertInstanceOf(CapturedPolicy.Found.class, capture.declarative());
    }

    @Test
    void read_twoPoliciesWithTheName_isAmbiguous() {
        Path capture = Fixtures.capture(dir);
        Fixtures.replace(capture.resolve(DECLARATIVE_LIST), "\"Name\": \"ec2-serial-console-off\"",
                "\"Name\": \"allowed-amis\"");

        CapturedPolicy.Ambiguous ambiguous = assertInstanceOf(CapturedPolicy.Ambiguous.class,
                read(capture).declarative());

        assertEquals(List.of("p-7k2m9x4q", Fixtures.DECLARATIVE_ID), ambiguous.ids());
    }

    @Test
    void read_unknownFields_areIgnored() {
        Path capture = Fixtures.capture(dir);
        Fixtures.replace(capture.resolve(SCP_DESCRIBE), "\"AwsManaged\": false", "\"AwsManaged\": false,\n"
                + "            \"Status\": {\"New\": [1, 2]}");

        assertInstanceOf(CapturedPolicy.Found.class, read(capture).scp());
    }

    @Test
    void read_utf16File_asPowerShellWritesIt_isRead() throws IOException {
        Path capture = Fixtures.capture(dir);
        Path list = capture.resolve(SCP_LIST);
        byte[] text = Files.readString(list).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Files.write(list, withBom);

        assertInstanceOf(CapturedPolicy.Found.class, read(capture).scp());
    }

    @Test
    void read_noFolder_saysHowToMakeOne() {
        List<InputProblem> problems = problems(dir.resolve("deployed"));

        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("no such folder; capture the deployed policies into it first"),
                problems.get(0).message());
    }

    @Test
    void read_aFile_isNotAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("deployed"), "{}");

        assertTrue(problems(file).get(0).message().contains("is not a folder"));
    }

    @FunctionalInterface
    interface Change {
        void apply(Path capture) throws IOException;
    }

    static Stream<Arguments> brokenCaptures() {
        return Stream.of(
                Arguments.of("list file missing", (Change) c -> Files.delete(c.resolve(SCP_LIST)), SCP_LIST, "",
                        "no such file; write it with: aws organizations list-policies --filter SERVICE_CONTROL_POLICY"
                                + " --output json > "),
                Arguments.of("describe file missing", (Change) c -> Files.delete(c.resolve(SCP_DESCRIBE)), SCP_DESCRIBE,
                        "", "write it with: aws organizations describe-policy --policy-id p-5tn0c6vb --output json"),
                Arguments.of("targets file missing", (Change) c -> Files.delete(c.resolve(SCP_TARGETS)), SCP_TARGETS,
                        "", "aws organizations list-targets-for-policy --policy-id p-5tn0c6vb --output json"),
                Arguments.of("list cut at a page", (Change) c -> Fixtures.replace(c.resolve(SCP_LIST),
                        "    ]\n}", "    ],\n    \"NextToken\": \"eyJ0b2tlbiI6IDF9\"\n}"), SCP_LIST, "NextToken",
                        "stops at a page boundary"),
                Arguments.of("targets cut at a page", (Change) c -> Fixtures.replace(c.resolve(SCP_TARGETS),
                        "    ]\n}", "    ],\n    \"NextToken\": \"abc\"\n}"), SCP_TARGETS, "NextToken",
                        "without --max-items and --no-paginate"),
                Arguments.of("content as an object", (Change) c -> Files.writeString(c.resolve(SCP_DESCRIBE),
                        Files.readString(c.resolve(SCP_DESCRIBE)).replaceAll("\"Content\": \".*\"",
                                "\"Content\": {\"Version\": \"2012-10-17\"}")), SCP_DESCRIBE, "Policy.Content",
                        "expected the policy text as a JSON string holding JSON"),
                Arguments.of("content not JSON", (Change) c -> Fixtures.replace(c.resolve(SCP_DESCRIBE),
                        "\"Content\": \"{", "\"Content\": \"{,"), SCP_DESCRIBE + " (Policy.Content)", "",
                        "not valid JSON"),
                Arguments.of("describes another policy", (Change) c -> Fixtures.replace(c.resolve(SCP_DESCRIBE),
                        "\"Id\": \"p-5tn0c6vb\"", "\"Id\": \"p-9zz9zz9z\""), SCP_DESCRIBE, "Policy.PolicySummary.Id",
                        "describes policy p-9zz9zz9z, but list-policies-SERVICE_CONTROL_POLICY.json lists policy"
                                + " p-5tn0c6vb"),
                Arguments.of("list of the wrong type", (Change) c -> Fixtures.replace(c.resolve(SCP_LIST),
                        "\"Type\": \"SERVICE_CONTROL_POLICY\",\n            \"AwsManaged\": true",
                        "\"Type\": \"TAG_POLICY\",\n            \"AwsManaged\": true"), SCP_LIST, "Policies[0].Type",
                        "expected a policy of type SERVICE_CONTROL_POLICY, found \"TAG_POLICY\""),
                Arguments.of("summary without an Id", (Change) c -> Fixtures.replace(c.resolve(SCP_LIST),
                        "\"Id\": \"p-5tn0c6vb\",", ""), SCP_LIST, "Policies[1]", "missing field \"Id\""),
                Arguments.of("target that is no ID", (Change) c -> Fixtures.replace(c.resolve(SCP_TARGETS),
                        "\"TargetId\": \"r-a1b2\"", "\"TargetId\": \"Root\""), SCP_TARGETS, "Targets[0].TargetId",
                        "expected a root, OU or account ID, found \"Root\""),
                Arguments.of("list not JSON", (Change) c -> Files.writeString(c.resolve(SCP_LIST),
                        "{\n    \"Policies\": ["), SCP_LIST, "", "not valid JSON"),
                Arguments.of("empty file", (Change) c -> Files.writeString(c.resolve(SCP_LIST), ""), SCP_LIST, "",
                        "the file is empty"),
                Arguments.of("text output", (Change) c -> Files.writeString(c.resolve(SCP_LIST),
                        "POLICIES\tarn:aws:organizations::aws:policy/service_control_policy/p-FullAWSAccess\n"),
                        SCP_LIST, "", "not valid JSON"),
                Arguments.of("Policies not a list", (Change) c -> Files.writeString(c.resolve(SCP_LIST),
                        "{\"Policies\": {}}"), SCP_LIST, "Policies", "expected the list of policies (a JSON array)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenCaptures")
    void read_brokenCapture_isBadInputNamingFileAndPath(String what, Change change, String file, String path,
            String message) throws IOException {
        Path capture = Fixtures.capture(dir);
        change.apply(capture);

        List<InputProblem> problems = problems(capture);

        InputProblem problem = problems.stream().filter(p -> p.source().endsWith(file)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem in " + file + ": " + problems));
        assertEquals(path, problem.path(), problem.toString());
        assertTrue(problem.message().contains(message), problem.toString());
        if (!path.isEmpty() || message.equals("not valid JSON")) {
            assertTrue(problem.location().isPresent(), "line and column are known: " + problem);
        }
    }

    @Test
    void read_severalBrokenFiles_reportsThemAllAtOnce() throws IOException {
        Path capture = Fixtures.capture(dir);
        Files.delete(capture.resolve(SCP_TARGETS));
        Fixtures.replace(capture.resolve(DECLARATIVE_LIST), "\"Name\": \"allowed-amis\"", "\"Name\": 7");

        List<InputProblem> problems = problems(capture);

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).source().endsWith(DECLARATIVE_LIST));
        assertEquals("Policies[1].Name", problems.get(0).path());
        assertTrue(problems.get(1).source().endsWith(SCP_TARGETS));
    }

    @Test
    void read_contentNotJson_pointsInsideTheText() {
        Path capture = Fixtures.capture(dir);
        Fixtures.replace(capture.resolve(SCP_DESCRIBE), "\\\"Effect\\\":\\\"Deny\\\"", "\\\"Effect\\\":Deny");

        InputProblem problem = problems(capture).get(0);

        assertEquals(1, problem.location().get().line());
        assertTrue(problem.location().get().column() > 50, "the column within the policy text: " + problem);
        assertTrue(problem.toString().contains(SCP_DESCRIBE + " (Policy.Content):1:"), problem.toString());
    }
}

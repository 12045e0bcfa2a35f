package io.github.amigovernance.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.json.SourceLocation;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The config's deployment fields, read through {@link ConfigLoader}. */
final class DeploymentValuesTest {

    private static final String SOURCE = "ami_publishers.json";
    private static final String OPS = "{\"ops_publisher_account\": {\"account_id\": \"123456738923\"}";

    private static GovernanceConfig parse(String rest) {
        return new ConfigLoader().parse((OPS + rest + "}").getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private static List<InputProblem> problems(String rest) {
        return assertThrows(InvalidInputException.class, () -> parse(rest)).problems();
    }

    private static InputProblem onlyProblem(String rest) {
        List<InputProblem> problems = problems(rest);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    @Test
    void parse_withoutDeploymentFields_usesDefaults() {
        GovernanceConfig config = parse("");

        assertEquals(Deployment.DEFAULTS, config.deployment());
        assertEquals("ami-governance-declarative-policy", config.deployment().declarative().name());
        assertEquals("ami-governance-scp", config.deployment().scp().name());
    }

    @Test
    void parse_targetsAndNames_readsThemInConfigOrder() {
        GovernanceConfig config = parse(", \"targets\": [\"ou-ab12-cd34ef56\", \"r-ab12\", \"012345678901\"],"
                + " \"policies\": {\"declarative\": {\"name\": \"allowed-amis\", \"description\": \"\"},"
                + " \"scp\": {\"description\": \"Guardrail\"}}");

        Deployment deployment = config.deployment();
        assertEquals(List.of(TargetId.of("ou-ab12-cd34ef56"), TargetId.of("r-ab12"), TargetId.of("012345678901")),
                deployment.declarativeTargets());
        assertEquals(deployment.declarativeTargets(), deployment.scpTargets(), "both policies share the list");
        assertEquals(new PolicyMetadata("allowed-amis", ""), deployment.declarative());
        assertEquals(new PolicyMetadata("ami-governance-scp", "Guardrail"), deployment.scp(),
                "a description alone keeps the default name");
        assertEquals(TargetId.Kind.ACCOUNT, deployment.scpTargets().get(2).kind());
    }

    @Test
    void parse_policyTargets_replaceTheSharedOnesForThatPolicy() {
        GovernanceConfig config = parse(", \"targets\": [\"ou-ab12-workloads\", \"ou-ab12-sandboxes\"],"
                + " \"policies\": {\"scp\": {\"targets\": [\"ou-ab12-pilot0001\"]}}");

        Deployment deployment = config.deployment();
        assertEquals(List.of(TargetId.of("ou-ab12-workloads"), TargetId.of("ou-ab12-sandboxes")),
                deployment.declarativeTargets());
        assertEquals(List.of(TargetId.of("ou-ab12-pilot0001")), deployment.scpTargets());
        assertEquals("ami-governance-scp", deployment.scp().name());
        assertFalse(deployment.sameTargets());
    }

    @Test
    void parse_emptyPolicyTargets_attachesThatPolicyNowhere() {
        Deployment deployment = parse(", \"targets\": [\"r-ab12\"], \"policies\": {\"scp\": {\"targets\": []}}")
                .deployment();

        assertEquals(List.of(TargetId.of("r-ab12")), deployment.declarativeTargets());
        assertEquals(List.of(), deployment.scpTargets());
    }

    @Test
    void parse_badPolicyTarget_namesItsPath() {
        InputProblem problem = onlyProblem(", \"policies\": {\"declarative\": {\"targets\": [\"r-ab12\","
                + " \"o-a1b2c3d4e5\"]}}");

        assertEquals("policies.declarative.targets[1]", problem.path());
        assertTrue(problem.message().contains("an organization ID is not a target"), problem.message());
    }

    @Test
    void parse_emptyTargets_isAllowed() {
        assertEquals(List.of(), parse(", \"targets\": []").deployment().allTargets());
    }

    static Stream<Arguments> badTargets() {
        return Stream.of(
                Arguments.of("\"r-AB12\"", "lower case"),
                Arguments.of("\"r-ab1\"", "4 to 32 lower-case letters or digits after r-"),
                Arguments.of("\"r-" + "a".repeat(33) + "\"", "4 to 32 lower-case letters or digits after r-"),
                Arguments.of("\"ou-ab12-cd34\"", "two parts after ou-"),
                Arguments.of("\"ou-ab12\"", "two parts after ou-"),
                Arguments.of("\"o-a1b2c3d4e5\"", "an organization ID is not a target"),
                Arguments.of("\"arn:aws:organizations::111111111111:ou/o-a1b2c3d4e5/ou-ab12-cd34ef56\"", "an ARN"),
                Arguments.of("\"p-a1b2c3d4\"", "a policy ID"),
                Arguments.of("\"12345678901\"", "11 digits; an account ID has 12"),
                Arguments.of("\"\"", "it is empty"),
                Arguments.of("\" r-ab12\"", "white space"),
                Arguments.of("\"production\"", "neither a root, an OU nor an account ID"),
                Arguments.of("123456789012", "put an account ID in quotes"),
                Arguments.of("null", "found null"),
                Arguments.of("{\"id\": \"r-ab12\"}", "found an object"));
    }

    @ParameterizedTest
    @MethodSource("badTargets")
    void parse_badTarget_namesPathValueAndWhy(String value, String why) {
        InputProblem problem = onlyProblem(", \"targets\": [\"r-ab12\", " + value + "]");

        assertAll(
                () -> assertEquals(SOURCE, problem.source()),
                () -> assertEquals("targets[1]", problem.path()),
                () -> assertTrue(problem.location().isPresent(), "line and column are known"),
                () -> assertTrue(problem.message().contains(why), problem.message()));
    }

    @Test
    void parse_targetsNotAList_saysAListIsExpected() {
        InputProblem problem = onlyProblem(", \"targets\": \"r-ab12\"");

        assertEquals("targets", problem.path());
        assertTrue(problem.message().contains("(a JSON array), found the string \"r-ab12\""), problem.message());
    }

    @Test
    void parse_repeatedTarget_namesBothPlaces() {
        InputProblem problem = onlyProblem(", \"targets\": [\"ou-ab12-cd34ef56\", \"r-ab12\", \"ou-ab12-cd34ef56\"]");

        assertEquals("targets[2]", problem.path());
        assertTrue(problem.message().contains("\"ou-ab12-cd34ef56\" is listed twice (first at targets[0])"),
                problem.message());
    }

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                Arguments.of("[]", "policies", "expected an object with the declarative and scp policies' settings"),
                Arguments.of("{\"declaritive\": {}}", "policies.declaritive", "did you mean \"declarative\"?"),
                Arguments.of("{\"scp\": \"ami-guardrail\"}", "policies.scp",
                        "expected an object with the policy's name, description and targets"),
                Arguments.of("{\"scp\": {\"nmae\": \"x\"}}", "policies.scp.nmae", "did you mean \"name\"?"),
                Arguments.of("{\"scp\": {\"name\": \"\"}}", "policies.scp.name", "it is empty or blank"),
                Arguments.of("{\"scp\": {\"name\": \"   \"}}", "policies.scp.name", "it is empty or blank"),
                Arguments.of("{\"scp\": {\"name\": \"" + "n".repeat(129) + "\"}}", "policies.scp.name",
                        "it has 129 characters; AWS accepts at most 128"),
                Arguments.of("{\"scp\": {\"name\": \"a\\tb\"}}", "policies.scp.name", "a control character"),
                Arguments.of("{\"scp\": {\"name\": \" guardrail\"}}", "policies.scp.name",
                        "starts or ends with white space"),
                Arguments.of("{\"scp\": {\"name\": 7}}", "policies.scp.name", "expected a policy name (a JSON string)"),
                Arguments.of("{\"declarative\": {\"description\": \"" + "d".repeat(513) + "\"}}",
                        "policies.declarative.description", "it has 513 characters; AWS accepts at most 512"),
                Arguments.of("{\"declarative\": {\"description\": \"line one\\nline two\"}}",
                        "policies.declarative.description", "a control character"),
                Arguments.of("{\"declarative\": {\"description\": null}}", "policies.declarative.description",
                        "expected a policy description (a JSON string), found null"));
    }

    @ParameterizedTest
    @MethodSource("badPolicies")
    void parse_badPolicyNames_namesPathAndWhy(String value, String path, String why) {
        InputProblem problem = onlyProblem(", \"policies\": " + value);

        assertEquals(path, problem.path());
        assertTrue(problem.message().contains(why), problem.message());
    }

    @Test
    void parse_longestNameAndDescription_areAccepted() {
        String name = "\u00e9".repeat(128);
        GovernanceConfig config = parse(", \"policies\": {\"scp\": {\"name\": \"" + name + "\", \"description\": \""
                + "\u00e9".repeat(512) + "\"}}");

        assertEquals(name, config.deployment().scp().name(), "the limits count characters, not UTF-8 bytes");
    }

    @Test
    void parse_misspeltTopLevelField_suggestsTargets() {
        InputProblem problem = onlyProblem(", \"target\": [\"r-ab12\"]");

        assertEquals("target", problem.path());
        assertTrue(problem.message().contains("did you mean \"targets\"?"), problem.message());
    }

    @Test
    void parse_severalDeploymentProblems_reportsAllWithLineAndColumn() {
        List<InputProblem> problems = problems(",\n\"targets\": [\"r-ab1\",\n"
                + "  \"ou-ab12-cd34ef56\", \"ou-ab12-cd34ef56\"],\n"
                + "\"policies\": {\"scp\": {\"name\": \"\"}}");

        assertEquals(3, problems.size(), problems.toString());
        assertEquals(Optional.of(new SourceLocation(2, 13)), problems.get(0).location());
        assertEquals(Optional.of(new SourceLocation(3, 23)), problems.get(1).location());
        assertEquals("policies.scp.name", problems.get(2).path());
        assertEquals(4, problems.get(2).location().get().line());
    }
}

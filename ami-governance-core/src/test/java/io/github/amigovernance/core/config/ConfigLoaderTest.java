package io.github.amigovernance.core.config;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.json.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ConfigLoaderTest {

    private static final String SOURCE = "ami_publishers.json";

    private final ConfigLoader loader = new ConfigLoader();

    private GovernanceConfig parse(String json) {
        return loader.parse(json.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private List<InputProblem> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> parse(json)).problems();
    }

    private static String withOps(String rest) {
        return "{\"ops_publisher_account\": {\"account_id\": \"123456738923\"}" + rest + "}";
    }

    private static String withException(String fields) {
        return withOps(", \"exception_accounts\": [{" + fields + "}]");
    }

    @Test
    void parse_seedFormat_loadsEveryField() {
        GovernanceConfig config = parse("""
                {
                  "ops_publisher_account": {"account_id": "123456738923", "description": "Golden AMI pipeline"},
                  "vendor_publisher_accounts": [{"account_id": "111122223333", "vendor_name": "InfoBlox"}],
                  "exception_accounts": [{"account_id": "777788889999", "expires_on": "2026-02-28",
                    "reason": "Migration from legacy pipeline", "ticket": "CLOUD-1234"}]
                }
                """);

        assertEquals(AccountId.of("123456738923"), config.opsPublisher().accountId());
        assertEquals(Optional.of("Golden AMI pipeline"), config.opsPublisher().description());
        assertEquals("InfoBlox", config.vendorPublishers().get(0).vendorName());
        ExceptionAccount exception = config.exceptions().get(0);
        assertEquals(LocalDate.of(2026, 2, 28), exception.expiresOn());
        assertEquals(Optional.empty(), exception.type());
        assertEquals(List.of(), exception.approvedBy());
        assertEquals(Optional.empty(), config.exceptionMessage());
    }

    @Test
    void parse_typedException_readsApproversAsList() {
        GovernanceConfig config = parse(withException("""
                "account_id": "777788889999", "type": "migration", "expires_on": "2027-02-28",
                "reason": "r", "ticket": "T-1", "requested_by": "team",
                "approved_by": ["security-lead", "cloud-architect"], "approval_date": "2026-12-01",
                "start_date": "2026-12-03"
                """));

        ExceptionAccount exception = config.exceptions().get(0);
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), exception.startDate());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 3)), exception.start());
        assertEquals(Optional.of("migration"), exception.type());
        assertEquals(List.of("security-lead", "cloud-architect"), exception.approvedBy());
        assertEquals(Optional.of(LocalDate.of(2026, 12, 1)), exception.approvalDate());
        assertEquals(Optional.of("team"), exception.requestedBy());
    }

    @Test
    void parse_approverAsString_readsListOfOne() {
        GovernanceConfig config = parse(withException("""
                "account_id": "777788889999", "expires_on": "2027-02-28", "reason": "r", "ticket": "T-1",
                "approved_by": "security-lead"
                """));

        assertEquals(List.of("security-lead"), config.exceptions().get(0).approvedBy());
    }

    @Test
    void parse_providerAliases_readsConfigSpelling() {
        GovernanceConfig config = parse(withOps(", \"provider_aliases\": [\"aws_marketplace\", \"amazon\"]"));

        assertEquals(java.util.Set.of(ProviderAlias.AMAZON, ProviderAlias.AWS_MARKETPLACE), config.providerAliases());
    }

    @Test
    void parse_byteOrderMark_isAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] json = withOps("").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + json.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(json, 0, content, bom.length, json.length);

        assertEquals(AccountId.of("123456738923"), loader.parse(content, SOURCE).opsPublisher().accountId());
    }

    static Stream<Arguments> badAccountIds() {
        return Stream.of(
                Arguments.of("\"12345678901\"", "11 digits"),
                Arguments.of("\"1234567890123\"", "13 digits"),
                Arguments.of("\"1234 5678 9012\"", "white space"),
                Arguments.of("\" 123456789012\"", "white space"),
                Arguments.of("123456789012", "the number 123456789012"),
                Arguments.of("\"１２３４５６７８９０１２\"", "not ASCII"),
                Arguments.of("\"\"", "empty"),
                Arguments.of("\"1234-5678-9012\"", "dashes"),
                Arguments.of("\"12345678901x\"", "other than the digits"),
                Arguments.of("null", "found null"),
                Arguments.of("true", "literal true"));
    }

    @ParameterizedTest
    @MethodSource("badAccountIds")
    void parse_badVendorAccountId_namesPathAndValue(String value, String why) {
        List<InputProblem> problems = problems(withOps(", \"vendor_publisher_accounts\": ["
                + "{\"account_id\": \"111122223333\", \"vendor_name\": \"A\"},"
                + "{\"account_id\": " + value + ", \"vendor_name\": \"B\"}]"));

        assertEquals(1, problems.size(), problems.toString());
        InputProblem problem = problems.get(0);
        assertAll(
                () -> assertEquals("vendor_publisher_accounts[1].account_id", problem.path()),
                () -> assertEquals(SOURCE, problem.source()),
                () -> assertTrue(problem.location().isPresent()),
                () -> assertTrue(problem.message().contains(why), problem.message()));
    }

    static Stream<Arguments> badDates() {
        return Stream.of(
                Arguments.of("\"2026-02-30\"", "February 2026 has 28 days, not 30"),
                Arguments.of("\"2024-02-30\"", "February 2024 has 29 days, not 30"),
                Arguments.of("\"2026-13-01\"", "there is no month 13"),
                Arguments.of("\"02/28/2026\"", "\"02/28/2026\""),
                Arguments.of("\"2026-2-28\"", "\"2026-2-28\""),
                Arguments.of("\"2026-02-28T00:00:00Z\"", "\"2026-02-28T00:00:00Z\""),
                Arguments.of("\"\"", "found \"\""),
                Arguments.of("20260228", "the number 20260228"),
                Arguments.of("[2026, 2, 28]", "an array"));
    }

    @ParameterizedTest
    @MethodSource("badDates")
    void parse_badExpiry_namesPathAndValue(String value, String expected) {
        List<InputProblem> problems = problems(withException(
                "\"account_id\": \"777788889999\", \"expires_on\": " + value
                        + ", \"reason\": \"r\", \"ticket\": \"t\""));

        assertEquals(1, problems.size(), problems.toString());
        assertEquals("exception_accounts[0].expires_on", problems.get(0).path());
        assertTrue(problems.get(0).message().contains(expected), problems.get(0).message());
    }

    @Test
    void parse_missingExpiry_namesTheObjectAndField() {
        List<InputProblem> problems = problems(withException(
                "\"account_id\": \"777788889999\", \"reason\": \"r\", \"ticket\": \"t\""));

        assertEquals(1, problems.size());
        assertEquals("exception_accounts[0]", problems.get(0).path());
        assertTrue(problems.get(0).message().contains("missing required field \"expires_on\""));
    }

    @Test
    void parse_misspeltField_suggestsTheRealOne() {
        List<InputProblem> problems = problems(withException(
                "\"account_id\": \"777788889999\", \"expires_onn\": \"2026-02-28\","
                        + " \"reason\": \"r\", \"ticket\": \"t\""));

        InputProblem unknown = problems.stream()
                .filter(p -> p.path().endsWith("expires_onn"))
                .findFirst()
                .orElseThrow();
        assertTrue(unknown.message().contains("did you mean \"expires_on\"?"), unknown.message());
        assertEquals(2, problems.size(), "the missing expires_on is reported too: " + problems);
    }

    @Test
    void parse_duplicateKey_isAnErrorWithBothPlaces() {
        List<InputProblem> problems = problems("{\n\"ops_publisher_account\": {\"account_id\": \"123456738923\"},\n"
                + "\"ops_publisher_account\": {\"account_id\": \"999999999999\"}\n}");

        assertEquals(1, problems.size());
        assertEquals("ops_publisher_account", problems.get(0).path());
        assertEquals(Optional.of(new SourceLocation(3, 1)), problems.get(0).location());
        assertTrue(problems.get(0).message().contains("first at line 2, column 1"), problems.get(0).message());
    }

    static Stream<Arguments> unusableDocuments() {
        return Stream.of(
                Arguments.of("", "the file is empty"),
                Arguments.of("  \n\t", "the file is empty"),
                Arguments.of("[]", "expected a JSON object at the top level, found an array"),
                Arguments.of("\"text\"", "found the string \"text\""),
                Arguments.of("null", "found null"),
                Arguments.of("{\"ops_publisher_account\": {\"account_id\": \"123456738923\"}} {}",
                        "unexpected content after the end"),
                Arguments.of("{\"ops_publisher_account\": {\"account_id\": \"123456738923\"}} xyz",
                        "unexpected content after the end"),
                Arguments.of("{\"ops_publisher_account\": // comment\n{}}", "not valid JSON"),
                Arguments.of("{\"ops_publisher_account\": {\"account_id\": \"123456738923\"}",
                        "not valid JSON"),
                Arguments.of("[".repeat(200_000) + "]".repeat(200_000), "nested more than 64 levels"));
    }

    @ParameterizedTest
    @MethodSource("unusableDocuments")
    void parse_unusableDocument_saysWhy(String json, String expected) {
        List<InputProblem> problems = problems(json);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains(expected), problems.get(0).message());
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(withOps(", \"provider_aliases\": [\"aws-marketplace\"]"), "provider_aliases[0]",
                        "spelling \"aws_marketplace\""),
                Arguments.of(withOps(", \"provider_aliases\": [\"google\"]"), "provider_aliases[0]",
                        "unknown provider alias \"google\""),
                Arguments.of(withOps(", \"provider_aliases\": [\"amazon\", \"amazon\"]"), "provider_aliases[1]",
                        "listed twice"),
                Arguments.of(withException("\"account_id\": \"777788889999\", \"type\": \"migrate\", "
                        + "\"expires_on\": \"2026-02-28\", \"reason\": \"r\", \"ticket\": \"t\""),
                        "exception_accounts[0].type", "unknown exception type \"migrate\""),
                Arguments.of(withException("\"account_id\": \"777788889999\", \"expires_on\": \"2026-02-28\", "
                        + "\"reason\": \"  \", \"ticket\": \"t\""), "exception_accounts[0].reason", "empty string"),
                Arguments.of(withException("\"account_id\": \"777788889999\", \"expires_on\": \"2026-02-28\", "
                        + "\"reason\": \"r\", \"ticket\": 1234"), "exception_accounts[0].ticket", "the number 1234"),
                Arguments.of(withException("\"account_id\": \"777788889999\", \"expires_on\": \"2026-02-28\", "
                        + "\"reason\": \"r\", \"ticket\": \"t\", \"approved_by\": [\"a\", \"a\"]"),
                        "exception_accounts[0].approved_by[1]", "listed twice"),
                Arguments.of(withOps(", \"exception_message\": \"\""), "exception_message", "empty string"),
                Arguments.of(withException("\"account_id\": \"777788889999\", \"expires_on\": \"2026-02-28\", "
                        + "\"reason\": \"r\", \"ticket\": \"t\", \"start_date\": \"2026-02-29\""),
                        "exception_accounts[0].start_date", "February 2026 has 28 days"),
                Arguments.of(withOps(", \"vendor_publisher_accounts\": {}"), "vendor_publisher_accounts",
                        "a JSON array"),
                Arguments.of(withOps(", \"vendor_publisher_accounts\": [{\"account_id\": \"111122223333\"}]"),
                        "vendor_publisher_accounts[0]", "missing required field \"vendor_name\""),
                Arguments.of("{\"vendor_publisher_accounts\": []}", "", "missing required field"
                        + " \"ops_publisher_account\""),
                Arguments.of(withOps(", \"exception_policy\": {\"max_days\": \"90\"}"), "exception_policy.max_days",
                        "found the string \"90\""),
                Arguments.of(withOps(", \"exception_policy\": {\"max_days\": 60, \"types\": {\"migration\":"
                        + " {\"max_days\": 90}}}"), "exception_policy.types.migration.max_days", "from 1 to 60"),
                Arguments.of(withOps(", \"exception_policy\": {\"types\": {\"audit\": {\"max_days\": 10}}}"),
                        "exception_policy.types.audit", "missing required field \"required_approvals\""),
                Arguments.of(withOps(", \"exception_policy\": {\"types\": {\"Audit\": {\"max_days\": 10,"
                        + " \"required_approvals\": [\"x\"]}}}"), "exception_policy.types.Audit", "lower-case"),
                Arguments.of(withOps(", \"exception_policy\": {\"warning_days\": 1.5}"),
                        "exception_policy.warning_days", "the number 1.5"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void parse_badValue_namesPathAndWhatWasExpected(String json, String path, String expected) {
        List<InputProblem> problems = problems(json);

        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(expected)),
                () -> "no problem at " + path + " saying " + expected + " in " + problems);
    }

    @Test
    void parse_severalProblems_reportsAllInTextOrder() {
        List<InputProblem> problems = problems("""
                {
                  "ops_publisher_account": {"account_id": 123456738923},
                  "vendor_publisher_accounts": [{"account_id": "11112222333", "vendor_name": "A"}],
                  "exception_accounts": [{"account_id": "777788889999", "expires_on": "2026-02-30",
                    "reason": "r", "ticket": "t", "tickets": "u"}]
                }
                """);

        assertEquals(List.of("ops_publisher_account.account_id", "vendor_publisher_accounts[0].account_id",
                "exception_accounts[0].expires_on", "exception_accounts[0].tickets"),
                problems.stream().map(InputProblem::path).toList());
        assertEquals(List.of(2, 3, 4, 5), problems.stream().map(p -> p.location().orElseThrow().line()).toList());
    }

    @Test
    void parse_customExceptionType_isAccepted() {
        GovernanceConfig config = parse(withOps("""
                , "exception_policy": {"max_days": 60, "warning_days": 7, "extension_approver": "cto",
                   "types": {"audit": {"max_days": 10, "required_approvals": ["auditor"]},
                             "migration": {"required_approvals": ["security-lead"]}}},
                  "exception_accounts": [{"account_id": "777788889999", "type": "audit", "expires_on": "2026-02-28",
                    "reason": "r", "ticket": "t"}]
                """));

        assertEquals(10, config.exceptionPolicy().type("audit").orElseThrow().maxDays());
        assertEquals(60, config.exceptionPolicy().type("migration").orElseThrow().maxDays(),
                "a default type is capped by a lower absolute maximum");
        assertEquals(List.of("security-lead"), config.exceptionPolicy().type("migration").orElseThrow()
                .requiredApprovals());
        assertEquals(30, config.exceptionPolicy().type("emergency").orElseThrow().maxDays());
        assertEquals(7, config.exceptionPolicy().warningDays());
        assertEquals("cto", config.exceptionPolicy().extensionApprover());
    }

    @Test
    void load_missingFile_namesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("nope.json");

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(missing));

        assertEquals(missing.toString(), e.problems().get(0).source());
        assertTrue(e.problems().get(0).message().contains("no such file"));
    }

    @Test
    void load_directory_saysItIsAFolder(@TempDir Path dir) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> loader.load(dir));

        assertTrue(e.problems().get(0).message().contains("is a directory"));
    }

    @Test
    void load_bundledExample_loads() throws Exception {
        Path example = Path.of("..", "ami-governance-examples", "config", "ami_publishers.json");

        GovernanceConfig config = loader.load(example);

        assertEquals(2, config.vendorPublishers().size());
        assertEquals(2, config.exceptions().size());
        assertEquals(2, config.deployment().scpTargets().size());
        assertEquals("ami-guardrail", config.deployment().scp().name());
        assertTrue(Files.size(example) > 0);
    }
}

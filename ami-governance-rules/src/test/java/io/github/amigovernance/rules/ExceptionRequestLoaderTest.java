package io.github.amigovernance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionPolicy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ExceptionRequestLoaderTest {

    private static final String SOURCE = "request.json";

    private final ExceptionRequestLoader loader = new ExceptionRequestLoader(ExceptionPolicy.DEFAULTS);

    private ExceptionRequest parse(String json) {
        return loader.parse(json.getBytes(StandardCharsets.UTF_8), SOURCE);
    }

    private List<InputProblem> problems(String json) {
        return assertThrows(InvalidInputException.class, () -> parse(json)).problems();
    }

    private static String request(String extra) {
        return "{\"account_id\": \"888899990000\", \"type\": \"migration\", \"start_date\": \"2026-12-03\""
                + extra + "}";
    }

    @Test
    void parse_fullRequest_readsEveryField() {
        ExceptionRequest request = parse("""
                {"account_id": "888899990000", "type": "migration", "start_date": "2026-12-03",
                 "expires_on": "2027-01-15", "justification": "j", "exit_plan": "e",
                 "technical_contact": "t", "sponsor": "s", "extension_justification": "x",
                 "approvals": [{"role": "security-lead", "name": "Dana", "date": "2026-12-02"}]}
                """);

        assertEquals(AccountId.of("888899990000"), request.accountId());
        assertEquals(LocalDate.of(2027, 1, 15), request.expiresOn());
        assertEquals(List.of(new Approval("security-lead", "Dana", LocalDate.of(2026, 12, 2))), request.approvals());
        assertEquals(Optional.of("x"), request.extensionJustification());
    }

    @Test
    void parse_durationInsteadOfExpiry_countsFromTheStart() {
        assertEquals(LocalDate.of(2027, 3, 3), parse(request(", \"duration_days\": 90")).expiresOn());
    }

    @Test
    void parse_missingTextFields_areEmptyForTheRulesToReject() {
        ExceptionRequest request = parse(request(", \"expires_on\": \"2027-01-15\""));

        assertEquals("", request.justification());
        assertEquals(List.of(), request.approvals());
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of(request(""), "", "missing required field \"expires_on\""),
                Arguments.of(request(", \"expires_on\": \"2027-01-15\", \"duration_days\": 30"), "duration_days",
                        "either expires_on or duration_days, not both"),
                Arguments.of(request(", \"duration_days\": -1"), "duration_days", "from 0 to 3650"),
                Arguments.of(request(", \"expires_on\": \"2027-02-29\""), "expires_on", "February 2027 has 28 days"),
                Arguments.of(request(", \"expires_on\": \"2027-01-15\", \"sponser\": \"s\""), "sponser",
                        "did you mean \"sponsor\"?"),
                Arguments.of(request(", \"expires_on\": \"2027-01-15\", \"justification\": 7"), "justification",
                        "found the number 7"),
                Arguments.of(request(", \"expires_on\": \"2027-01-15\", \"approvals\": [{\"role\": \"cto\"}]"),
                        "approvals[0]", "missing required field \"name\""),
                Arguments.of(request(", \"expires_on\": \"2027-01-15\", \"approvals\": [{\"role\": \"cto\", "
                        + "\"name\": \"n\", \"date\": \"yesterday\"}]"), "approvals[0].date", "\"yesterday\""),
                Arguments.of("{\"account_id\": 888899990000, \"type\": \"migration\", \"start_date\": \"2026-12-03\","
                        + " \"expires_on\": \"2027-01-15\"}", "account_id", "put it in quotes"),
                Arguments.of("{\"account_id\": \"888899990000\", \"type\": \"pilot\", \"start_date\": \"2026-12-03\","
                        + " \"expires_on\": \"2027-01-15\"}", "type", "unknown exception type \"pilot\""),
                Arguments.of("[]", "", "expected a JSON object describing an exception request"));
    }

    @ParameterizedTest
    @MethodSource("badRequests")
    void parse_malformedRequest_namesPathAndProblem(String json, String path, String expected) {
        List<InputProblem> problems = problems(json);

        assertTrue(problems.stream().anyMatch(p -> p.path().equals(path) && p.message().contains(expected)),
                () -> "no problem at '" + path + "' saying " + expected + " in " + problems);
        assertTrue(problems.stream().allMatch(p -> p.source().equals(SOURCE)));
    }
}

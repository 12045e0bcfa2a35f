package io.github.amigovernance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.schema.InputSchema;
import io.github.amigovernance.testkit.json.SchemaValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the exception request's JSON Schema and {@link ExceptionRequestLoader} agree: on a
 * table of inputs both reject or both accept, and the schema lists exactly the loader's fields.
 */
final class RequestSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BASE = "\"account_id\": \"888899990000\", \"type\": \"migration\","
            + " \"start_date\": \"2026-12-03\"";

    private static String request(String rest) {
        return "{" + BASE + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    private static String withExpiry(String rest) {
        return request("\"expires_on\": \"2027-01-15\"" + (rest.isEmpty() ? "" : ", " + rest));
    }

    private static boolean loaderAccepts(String json) {
        try {
            new ExceptionRequestLoader(ExceptionPolicy.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8), "r.json");
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("array at the top", "[]"),
                Arguments.of("no account", "{\"type\": \"migration\", \"start_date\": \"2026-12-03\","
                        + " \"expires_on\": \"2027-01-15\"}"),
                Arguments.of("account as a number", "{\"account_id\": 888899990000, \"type\": \"migration\","
                        + " \"start_date\": \"2026-12-03\", \"expires_on\": \"2027-01-15\"}"),
                Arguments.of("13-digit account", "{\"account_id\": \"8888999900001\", \"type\": \"migration\","
                        + " \"start_date\": \"2026-12-03\", \"expires_on\": \"2027-01-15\"}"),
                Arguments.of("no type", "{\"account_id\": \"888899990000\", \"start_date\": \"2026-12-03\","
                        + " \"expires_on\": \"2027-01-15\"}"),
                Arguments.of("upper-case type", "{\"account_id\": \"888899990000\", \"type\": \"MIGRATION\","
                        + " \"start_date\": \"2026-12-03\", \"expires_on\": \"2027-01-15\"}"),
                Arguments.of("no start date", "{\"account_id\": \"888899990000\", \"type\": \"migration\","
                        + " \"expires_on\": \"2027-01-15\"}"),
                Arguments.of("neither expiry nor duration", request("")),
                Arguments.of("both expiry and duration", withExpiry("\"duration_days\": 30")),
                Arguments.of("negative duration", request("\"duration_days\": -1")),
                Arguments.of("fractional duration", request("\"duration_days\": 2.5")),
                Arguments.of("duration over ten years", request("\"duration_days\": 3651")),
                Arguments.of("duration as a string", request("\"duration_days\": \"30\"")),
                Arguments.of("February 29th of a common year", request("\"expires_on\": \"2027-02-29\"")),
                Arguments.of("date with a time", request("\"expires_on\": \"2027-01-15T00:00:00Z\"")),
                Arguments.of("unknown field", withExpiry("\"expiry\": \"2027-01-15\"")),
                Arguments.of("$schema as a number", withExpiry("\"$schema\": 1")),
                Arguments.of("justification as a number", withExpiry("\"justification\": 42")),
                Arguments.of("extension justification as a list", withExpiry("\"extension_justification\": []")),
                Arguments.of("approvals as an object", withExpiry("\"approvals\": {}")),
                Arguments.of("approval without date", withExpiry("\"approvals\": [{\"role\": \"cto\","
                        + " \"name\": \"Sam\"}]")),
                Arguments.of("approval with blank role", withExpiry("\"approvals\": [{\"role\": \"\","
                        + " \"name\": \"Sam\", \"date\": \"2026-12-01\"}]")),
                Arguments.of("approval with unknown field", withExpiry("\"approvals\": [{\"role\": \"cto\","
                        + " \"name\": \"Sam\", \"date\": \"2026-12-01\", \"email\": \"s@example.com\"}]")),
                Arguments.of("approval date impossible", withExpiry("\"approvals\": [{\"role\": \"cto\","
                        + " \"name\": \"Sam\", \"date\": \"2026-11-31\"}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badRequest_isRejectedBySchemaAndLoader(String name, String json) {
        assertFalse(SchemaValidation.errors(InputSchema.REQUEST.text(), json).isEmpty(), "the schema accepts " + json);
        assertFalse(loaderAccepts(json), "the loader accepts " + json);
    }

    static Stream<Arguments> goodRequests() {
        return Stream.of(
                Arguments.of("bare minimum with expiry", withExpiry("")),
                Arguments.of("zero-day duration", request("\"duration_days\": 0")),
                Arguments.of("empty texts, which the rules reject", withExpiry("\"justification\": \"\","
                        + " \"exit_plan\": \"\", \"technical_contact\": \"\", \"sponsor\": \"\"")),
                Arguments.of("with $schema", withExpiry("\"$schema\": \"./exception-request.schema.json\"")),
                Arguments.of("complete", withExpiry("\"justification\": \"j\", \"exit_plan\": \"e\","
                        + " \"technical_contact\": \"t\", \"sponsor\": \"s\", \"extension_justification\": \"x\","
                        + " \"approvals\": [{\"role\": \"security-lead\", \"name\": \"Dana\", \"date\":"
                        + " \"2026-12-02\"}, {\"role\": \"cloud-architect\", \"name\": \"Ravi\", \"date\":"
                        + " \"2026-12-02\"}]")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodRequests")
    void goodRequest_isAcceptedBySchemaAndLoader(String name, String json) {
        assertEquals(List.of(), SchemaValidation.errors(InputSchema.REQUEST.text(), json));
        assertTrue(loaderAccepts(json), "the loader rejects " + json);
    }

    /**
     * A well-formed type that the policy in force does not define: the schema cannot know which
     * types a config defines. Listed in docs/config.md; update it if this starts failing.
     */
    @Test
    void knownGap_typeTheDefaultPolicyLacks_passesTheSchemaButNotTheLoader() {
        String json = "{\"account_id\": \"888899990000\", \"type\": \"hardware_trial\", \"start_date\":"
                + " \"2026-12-03\", \"expires_on\": \"2027-01-15\"}";

        assertEquals(List.of(), SchemaValidation.errors(InputSchema.REQUEST.text(), json));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ExceptionRequestLoader(
                ExceptionPolicy.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8), "r.json"));
        assertTrue(e.problems().get(0).message().contains("\"hardware_trial\""), e.problems().toString());
    }

    @Test
    void schema_listsExactlyTheFieldsTheLoaderAccepts() throws IOException {
        JsonNode schema = MAPPER.readTree(InputSchema.REQUEST.bytes());

        assertEquals(new TreeSet<>(ExceptionRequestLoader.FIELDS), names(schema.at("/properties")),
                "the request schema differs from what ExceptionRequestLoader accepts");
        assertEquals(new TreeSet<>(ExceptionRequestLoader.APPROVAL_FIELDS),
                names(schema.at("/properties/approvals/items/properties")));
        assertFalse(schema.at("/additionalProperties").asBoolean(true));
        assertFalse(schema.at("/properties/approvals/items/additionalProperties").asBoolean(true));
        assertEquals(InputSchema.REQUEST.id(), schema.get("$id").asText());
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.github.amigovernance.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.schema.InputSchema;
import io.github.amigovernance.testkit.json.SchemaValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks that the config's JSON Schema and {@link ConfigLoader} agree: on a table of inputs both
 * reject or both accept, every field the loader knows is in the schema (and no other), and the few
 * places where the loader is stricter are the ones docs/config.md lists.
 */
final class ConfigSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String OPS = "\"ops_publisher_account\": {\"account_id\": \"123456738923\"}";

    private static String config(String rest) {
        return "{" + OPS + (rest.isEmpty() ? "" : ", " + rest) + "}";
    }

    private static String exception(String fields) {
        return config("\"exception_accounts\": [{" + fields + "}]");
    }

    private static final String EXCEPTION = "\"account_id\": \"777788889999\", \"expires_on\": \"2027-02-28\","
            + " \"reason\": \"r\", \"ticket\": \"T-1\"";

    private static boolean loaderAccepts(String json) {
        try {
            new ConfigLoader().parse(json.getBytes(StandardCharsets.UTF_8), "config.json");
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of("empty object", "{}"),
                Arguments.of("array at the top", "[]"),
                Arguments.of("ops account as a number", "{\"ops_publisher_account\": {\"account_id\": 123456738923}}"),
                Arguments.of("11-digit account", "{\"ops_publisher_account\": {\"account_id\": \"12345673892\"}}"),
                Arguments.of("account with dashes",
                        "{\"ops_publisher_account\": {\"account_id\": \"1234-5673-8923\"}}"),
                Arguments.of("account with a space", "{\"ops_publisher_account\": {\"account_id\": \"12345673892 \"}}"),
                Arguments.of("ops publisher without account", "{\"ops_publisher_account\": {\"description\": \"x\"}}"),
                Arguments.of("unknown top-level field", config("\"exception_acounts\": []")),
                Arguments.of("$schema as a number", config("\"$schema\": 7")),
                Arguments.of("unknown ops field", "{\"ops_publisher_account\": {\"account_id\": \"123456738923\","
                        + " \"name\": \"x\"}}"),
                Arguments.of("vendors as an object", config("\"vendor_publisher_accounts\": {}")),
                Arguments.of("vendor without a name", config("\"vendor_publisher_accounts\": [{\"account_id\":"
                        + " \"111122223333\"}]")),
                Arguments.of("blank vendor name", config("\"vendor_publisher_accounts\": [{\"account_id\":"
                        + " \"111122223333\", \"vendor_name\": \"  \"}]")),
                Arguments.of("SCP spelling of an alias", config("\"provider_aliases\": [\"aws-marketplace\"]")),
                Arguments.of("unknown alias", config("\"provider_aliases\": [\"microsoft\"]")),
                Arguments.of("alias listed twice", config("\"provider_aliases\": [\"amazon\", \"amazon\"]")),
                Arguments.of("alias as a string", config("\"provider_aliases\": \"amazon\"")),
                Arguments.of("empty exception message", config("\"exception_message\": \"\"")),
                Arguments.of("exception message as a number", config("\"exception_message\": 1")),
                Arguments.of("typo expires_onn", exception(EXCEPTION + ", \"expires_onn\": \"2027-02-28\"")),
                Arguments.of("exception without ticket", exception("\"account_id\": \"777788889999\","
                        + " \"expires_on\": \"2027-02-28\", \"reason\": \"r\"")),
                Arguments.of("exception without expiry", exception("\"account_id\": \"777788889999\","
                        + " \"reason\": \"r\", \"ticket\": \"T-1\"")),
                Arguments.of("blank reason", exception("\"account_id\": \"777788889999\", \"expires_on\":"
                        + " \"2027-02-28\", \"reason\": \" \", \"ticket\": \"T-1\"")),
                Arguments.of("date with slashes", exception("\"account_id\": \"777788889999\", \"expires_on\":"
                        + " \"2027/02/28\", \"reason\": \"r\", \"ticket\": \"T-1\"")),
                Arguments.of("February 30th", exception("\"account_id\": \"777788889999\", \"expires_on\":"
                        + " \"2027-02-30\", \"reason\": \"r\", \"ticket\": \"T-1\"")),
                Arguments.of("month 13", exception(EXCEPTION + ", \"approval_date\": \"2026-13-01\"")),
                Arguments.of("upper-case type", exception(EXCEPTION + ", \"type\": \"Migration\"")),
                Arguments.of("approver listed twice", exception(EXCEPTION
                        + ", \"approved_by\": [\"security-lead\", \"security-lead\"]")),
                Arguments.of("blank approver", exception(EXCEPTION + ", \"approved_by\": \"\"")),
                Arguments.of("approvers as a number", exception(EXCEPTION + ", \"approved_by\": 2")),
                Arguments.of("policy max_days 0", config("\"exception_policy\": {\"max_days\": 0}")),
                Arguments.of("policy max_days fractional", config("\"exception_policy\": {\"max_days\": 2.5}")),
                Arguments.of("policy max_days as a string", config("\"exception_policy\": {\"max_days\": \"90\"}")),
                Arguments.of("warning_days over a year", config("\"exception_policy\": {\"warning_days\": 400}")),
                Arguments.of("negative warning_days", config("\"exception_policy\": {\"warning_days\": -1}")),
                Arguments.of("blank extension approver", config("\"exception_policy\": {\"extension_approver\":"
                        + " \"\"}")),
                Arguments.of("unknown policy field", config("\"exception_policy\": {\"maxdays\": 30}")),
                Arguments.of("new type without approvals", config("\"exception_policy\": {\"types\":"
                        + " {\"hardware_trial\": {\"max_days\": 20}}}")),
                Arguments.of("new type without max_days", config("\"exception_policy\": {\"types\":"
                        + " {\"hardware_trial\": {\"required_approvals\": [\"cto\"]}}}")),
                Arguments.of("type name with a dash", config("\"exception_policy\": {\"types\":"
                        + " {\"hardware-trial\": {\"max_days\": 20, \"required_approvals\": [\"cto\"]}}}")),
                Arguments.of("unknown type field", config("\"exception_policy\": {\"types\":"
                        + " {\"migration\": {\"max_days\": 20, \"approvers\": [\"cto\"]}}}")),
                Arguments.of("types as a list", config("\"exception_policy\": {\"types\": []}")),
                Arguments.of("targets as a string", config("\"targets\": \"r-ab12\"")),
                Arguments.of("upper-case root", config("\"targets\": [\"r-AB12\"]")),
                Arguments.of("short root", config("\"targets\": [\"r-ab1\"]")),
                Arguments.of("OU with one part", config("\"targets\": [\"ou-ab12\"]")),
                Arguments.of("organization as a target", config("\"targets\": [\"o-a1b2c3d4e5\"]")),
                Arguments.of("account target as a number", config("\"targets\": [123456789012]")),
                Arguments.of("11-digit account target", config("\"targets\": [\"12345678901\"]")),
                Arguments.of("target listed twice", config("\"targets\": [\"r-ab12\", \"r-ab12\"]")),
                Arguments.of("unknown policies key", config("\"policies\": {\"declaritive\": {}}")),
                Arguments.of("policy as a string", config("\"policies\": {\"scp\": \"guardrail\"}")),
                Arguments.of("unknown policy field", config("\"policies\": {\"scp\": {\"nmae\": \"x\"}}")),
                Arguments.of("empty policy name", config("\"policies\": {\"scp\": {\"name\": \"\"}}")),
                Arguments.of("blank policy name", config("\"policies\": {\"scp\": {\"name\": \"   \"}}")),
                Arguments.of("name of 129 characters", config("\"policies\": {\"scp\": {\"name\": \""
                        + "\u00e9".repeat(129) + "\"}}")),
                Arguments.of("name with a tab", config("\"policies\": {\"scp\": {\"name\": \"a\\tb\"}}")),
                Arguments.of("name with a leading space", config("\"policies\": {\"scp\": {\"name\": \" a\"}}")),
                Arguments.of("name with a trailing ideographic space", config("\"policies\": {\"scp\":"
                        + " {\"name\": \"a\u3000\"}}")),
                Arguments.of("description of 513 characters", config("\"policies\": {\"declarative\":"
                        + " {\"description\": \"" + "d".repeat(513) + "\"}}")),
                Arguments.of("description with a line break", config("\"policies\": {\"declarative\":"
                        + " {\"description\": \"a\\nb\"}}")),
                Arguments.of("description as null", config("\"policies\": {\"declarative\":"
                        + " {\"description\": null}}")),
                Arguments.of("policy targets as a string", config("\"policies\": {\"scp\": {\"targets\":"
                        + " \"ou-ab12-cd34ef56\"}}")),
                Arguments.of("bad policy target", config("\"policies\": {\"scp\": {\"targets\": [\"ou-AB12\"]}}")),
                Arguments.of("policy target listed twice", config("\"policies\": {\"scp\": {\"targets\":"
                        + " [\"r-ab12\", \"r-ab12\"]}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badConfigs")
    void badConfig_isRejectedBySchemaAndLoader(String name, String json) {
        assertFalse(SchemaValidation.errors(InputSchema.CONFIG.text(), json).isEmpty(), "the schema accepts " + json);
        assertFalse(loaderAccepts(json), "the loader accepts " + json);
    }

    static Stream<Arguments> goodConfigs() {
        return Stream.of(
                Arguments.of("ops publisher only", config("")),
                Arguments.of("with $schema", config("\"$schema\": \"./ami-publishers.schema.json\"")),
                Arguments.of("empty lists", config("\"vendor_publisher_accounts\": [], \"provider_aliases\": [],"
                        + " \"exception_accounts\": []")),
                Arguments.of("every alias", config("\"provider_aliases\": [\"amazon\", \"aws_marketplace\","
                        + " \"aws_backup_vault\"]")),
                Arguments.of("vendor with description", config("\"vendor_publisher_accounts\": [{\"account_id\":"
                        + " \"111122223333\", \"vendor_name\": \"InfoBlox\", \"description\": \"\"}]")),
                Arguments.of("seed-format exception", exception(EXCEPTION)),
                Arguments.of("one approver as a string", exception(EXCEPTION + ", \"type\": \"emergency\","
                        + " \"approved_by\": \"security-lead\", \"approval_date\": \"2027-02-01\"")),
                Arguments.of("leap day", exception("\"account_id\": \"777788889999\", \"expires_on\":"
                        + " \"2028-02-29\", \"reason\": \"r\", \"ticket\": \"T-1\"")),
                Arguments.of("override one field of a built-in type", config("\"exception_policy\": {\"types\":"
                        + " {\"migration\": {\"max_days\": 45}}}")),
                Arguments.of("new type used by an exception", "{" + OPS + ", \"exception_policy\": {\"max_days\": 120,"
                        + " \"warning_days\": 0, \"extension_approver\": \"cto\", \"types\": {\"hardware_trial\":"
                        + " {\"max_days\": 120, \"required_approvals\": []}}}, \"exception_accounts\": [{" + EXCEPTION
                        + ", \"type\": \"hardware_trial\"}]}"),
                Arguments.of("every kind of target", config("\"targets\": [\"r-ab12\", \"ou-ab12-cd34ef56\","
                        + " \"012345678901\"]")),
                Arguments.of("no targets", config("\"targets\": []")),
                Arguments.of("names and descriptions", config("\"policies\": {\"declarative\": {\"name\":"
                        + " \"allowed-amis (prod)\", \"description\": \"\"}, \"scp\": {\"description\":"
                        + " \"Guardrail\"}}")),
                Arguments.of("longest name, non-ASCII", config("\"policies\": {\"scp\": {\"name\": \""
                        + "\u00e9".repeat(128) + "\"}}")),
                Arguments.of("name with a no-break space at the end", config("\"policies\": {\"scp\":"
                        + " {\"name\": \"a\u00a0\"}}")),
                Arguments.of("SCP on a pilot OU only", config("\"targets\": [\"ou-ab12-workloads\"], \"policies\":"
                        + " {\"scp\": {\"targets\": [\"ou-ab12-pilot0001\"]}}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodConfigs")
    void goodConfig_isAcceptedBySchemaAndLoader(String name, String json) {
        assertEquals(List.of(), SchemaValidation.errors(InputSchema.CONFIG.text(), json));
        assertTrue(loaderAccepts(json), "the loader rejects " + json);
    }

    /**
     * The places where the loader is stricter than the schema can be, each listed in
     * docs/config.md. If one of these starts failing, the two have been brought closer: update
     * the list in the documentation too.
     */
    static Stream<Arguments> loaderStricterThanSchema() {
        return Stream.of(
                Arguments.of("type not defined by the policy", exception(EXCEPTION + ", \"type\": \"audit\"")),
                Arguments.of("type maximum above the absolute maximum", config("\"exception_policy\": {\"types\":"
                        + " {\"migration\": {\"max_days\": 120}}}")),
                Arguments.of("whole number written with a fraction", config("\"exception_policy\":"
                        + " {\"warning_days\": 14.0}")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaderStricterThanSchema")
    void knownGap_schemaAcceptsWhatTheLoaderRejects(String name, String json) {
        assertEquals(List.of(), SchemaValidation.errors(InputSchema.CONFIG.text(), json));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ConfigLoader().parse(json.getBytes(StandardCharsets.UTF_8), "config.json"));
        assertFalse(e.problems().isEmpty());
    }

    @Test
    void schema_listsExactlyTheFieldsTheLoaderAccepts() throws IOException {
        JsonNode schema = MAPPER.readTree(InputSchema.CONFIG.bytes());

        Map<String, List<String>> expected = Map.of(
                "/properties", ConfigLoader.TOP_LEVEL_FIELDS,
                "/properties/ops_publisher_account/properties", ConfigLoader.OPS_FIELDS,
                "/properties/vendor_publisher_accounts/items/properties", ConfigLoader.VENDOR_FIELDS,
                "/properties/exception_accounts/items/properties", ConfigLoader.EXCEPTION_FIELDS,
                "/properties/exception_policy/properties", ConfigLoader.POLICY_FIELDS,
                "/$defs/typePolicy/properties", ConfigLoader.TYPE_FIELDS,
                "/properties/policies/properties", ConfigLoader.POLICIES_FIELDS,
                "/$defs/policySettings/properties", ConfigLoader.POLICY_SETTINGS_FIELDS);

        for (Map.Entry<String, List<String>> entry : expected.entrySet()) {
            JsonNode properties = schema.at(entry.getKey());
            assertFalse(properties.isMissingNode(), "the schema has no " + entry.getKey());
            assertEquals(new TreeSet<>(entry.getValue()), fieldNames(properties),
                    entry.getKey() + " differs from what ConfigLoader accepts; teach the schema the new field");
        }
    }

    @Test
    void schema_closesEveryObjectItDescribes() throws IOException {
        JsonNode schema = MAPPER.readTree(InputSchema.CONFIG.bytes());

        List<String> open = new ArrayList<>();
        walk(schema, "", open);

        assertEquals(List.of(), open, "objects with properties but without additionalProperties");
    }

    @Test
    void schema_aliasesAreTheModelsAliases() throws IOException {
        JsonNode aliases = MAPPER.readTree(InputSchema.CONFIG.bytes()).at("/properties/provider_aliases/items/enum");

        Set<String> inSchema = new TreeSet<>();
        aliases.forEach(a -> inSchema.add(a.asText()));

        assertEquals(new TreeSet<>(Arrays.stream(ProviderAlias.values()).map(ProviderAlias::declarativeName).toList()),
                inSchema);
    }

    @Test
    void schema_declaresDraft2020AndItsStableId() throws IOException {
        JsonNode schema = MAPPER.readTree(InputSchema.CONFIG.bytes());

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(InputSchema.CONFIG.id(), schema.get("$id").asText());
    }

    /** Records the path of every object schema that lists properties yet leaves others open. */
    static void walk(JsonNode node, String path, List<String> open) {
        if (node.isObject()) {
            JsonNode additional = node.get("additionalProperties");
            if (node.has("properties") && (additional == null || additional.isBoolean() && additional.asBoolean())) {
                open.add(path.isEmpty() ? "/" : path);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                walk(field.getValue(), path + "/" + field.getKey(), open);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, open);
            }
        }
    }

    static Set<String> fieldNames(JsonNode properties) {
        Set<String> names = new TreeSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

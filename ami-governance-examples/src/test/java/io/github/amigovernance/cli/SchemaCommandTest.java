package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.schema.InputSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class SchemaCommandTest {

    @ParameterizedTest
    @EnumSource(InputSchema.class)
    void schema_knownName_printsTheShippedSchemaExactlyAndExits0(InputSchema schema) {
        CliRun run = CliRun.run("schema", schema.label());

        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(schema.text(), run.out());
        assertEquals("", run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"configs", "CONFIG", "exception-request", ""})
    void schema_unknownName_exits2AndNamesTheChoices(String name) {
        CliRun run = CliRun.run("schema", name);

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("expected one of: config, request; found '" + name + "'"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void schema_noName_exits2() {
        CliRun run = CliRun.run("schema");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Missing required parameter: 'config|request'"), run.err());
    }

    @Test
    void help_listsTheSchemaCommand() {
        CliRun run = CliRun.run("--help");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("  schema "), run.out());
    }
}

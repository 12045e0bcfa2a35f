package io.github.amigovernance.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

final class InputSchemaTest {

    @ParameterizedTest
    @EnumSource(InputSchema.class)
    void text_isTheResourceAndNamesItsOwnId(InputSchema schema) {
        String text = schema.text();

        assertTrue(text.startsWith("{"), text);
        assertTrue(text.contains("\"$id\": \"" + schema.id() + "\""), schema.id());
        assertTrue(schema.resourcePath().endsWith("/" + schema.fileName()), schema.resourcePath());
    }

    @ParameterizedTest
    @EnumSource(InputSchema.class)
    void fromLabel_label_findsTheSchema(InputSchema schema) {
        assertEquals(Optional.of(schema), InputSchema.fromLabel(schema.label()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "CONFIG", "configs", "exception-request"})
    void fromLabel_unknownLabel_isEmpty(String label) {
        assertEquals(Optional.empty(), InputSchema.fromLabel(label));
    }

    @Test
    void id_isStableUnderTheProjectsSchemaAddress() {
        assertEquals("https://amigovernance.github.io/schemas/ami-publishers.schema.json", InputSchema.CONFIG.id());
        assertEquals("https://amigovernance.github.io/schemas/exception-request.schema.json",
                InputSchema.REQUEST.id());
    }
}

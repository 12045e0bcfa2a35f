package io.github.amigovernance.testkit.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * Validates JSON text against a JSON Schema with a real draft 2020-12 validator (networknt), with
 * format assertions on, so that tests can hold the shipped schemas against the loaders.
 */
public final class SchemaValidation {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private SchemaValidation() {
    }

    /**
     * Returns what the validator says is wrong with {@code json}; empty when it conforms.
     *
     * @param schemaText the schema, as JSON text
     * @param json the document to validate
     */
    public static List<String> errors(String schemaText, String json) {
        Schema compiled = REGISTRY.getSchema(schemaText, InputFormat.JSON);
        return compiled.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}

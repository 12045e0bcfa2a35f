package io.github.amigovernance.core.config;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.amigovernance.core.schema.InputSchema;
import java.util.List;

/** Validates JSON text against a shipped schema with a real draft 2020-12 validator, formats asserted. */
final class SchemaCheck {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private SchemaCheck() {
    }

    /** Returns what the validator says is wrong with {@code json}; empty when it conforms. */
    static List<String> errors(InputSchema schema, String json) {
        Schema compiled = REGISTRY.getSchema(schema.text(), InputFormat.JSON);
        return compiled.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }
}

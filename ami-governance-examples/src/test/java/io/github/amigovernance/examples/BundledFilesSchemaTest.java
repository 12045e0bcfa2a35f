package io.github.amigovernance.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.schema.InputSchema;
import io.github.amigovernance.testkit.json.SchemaValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Validates every bundled example config and request against the shipped schemas. */
final class BundledFilesSchemaTest {

    static Stream<Path> configs() throws IOException {
        return files(Path.of("config"));
    }

    static Stream<Path> requests() throws IOException {
        return files(Path.of("requests"));
    }

    private static Stream<Path> files(Path directory) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(files.size() >= 2, "expected the bundled examples in " + directory.toAbsolutePath());
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("configs")
    void bundledConfig_conformsToTheConfigSchema(Path file) throws IOException {
        assertEquals(List.of(),
                SchemaValidation.errors(InputSchema.CONFIG.text(), Files.readString(file, StandardCharsets.UTF_8)));
    }

    @ParameterizedTest
    @MethodSource("requests")
    void bundledRequest_conformsToTheRequestSchema(Path file) throws IOException {
        assertEquals(List.of(),
                SchemaValidation.errors(InputSchema.REQUEST.text(), Files.readString(file, StandardCharsets.UTF_8)));
    }
}

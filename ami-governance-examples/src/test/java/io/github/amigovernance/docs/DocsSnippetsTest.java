package io.github.amigovernance.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.schema.InputSchema;
import io.github.amigovernance.rules.ExceptionRequestLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks the JSON the documentation shows, and that it names every finding code the code can
 * produce. Every {@code json} block must be a complete config or exception request that both the
 * tool and its schema accept; fragments and other JSON go in {@code text} blocks.
 */
final class DocsSnippetsTest {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    /** The sources whose all-capital string literals are finding codes; a new producer belongs here. */
    private static final List<Path> FINDING_SOURCES = List.of(
            Path.of("ami-governance-rules/src/main/java/io/github/amigovernance/rules/engine/Messages.java"),
            Path.of("ami-governance-core/src/main/java/io/github/amigovernance/core/verify/PolicyVerifier.java"),
            Path.of("ami-governance-core/src/main/java/io/github/amigovernance/core/verify/PolicyReader.java"),
            Path.of("ami-governance-core/src/main/java/io/github/amigovernance/core/verify/ConfigChecks.java"),
            Path.of("ami-governance-core/src/main/java/io/github/amigovernance/core/drift/DriftDetector.java"),
            Path.of("ami-governance-core/src/main/java/io/github/amigovernance/core/drift/ContentDiff.java"),

            Path.of("ami-governance-core/src/main/java/io/github/amigovernance/core/impact/Classifier.java"));

    private static final Pattern CODE_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\"");

    @TestFactory
    Stream<DynamicTest> everyJsonBlock_isAConfigOrRequestTheToolAndSchemaAccept() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path document : Markdown.documents()) {
            for (Markdown.Block block : Markdown.blocks(document)) {
                if (block.info().equals("json")) {
                    tests.add(DynamicTest.dynamicTest(block.where(), () -> check(block)));
                }
            }
        }
        assertTrue(tests.size() >= 3, "expected the README's and config.md's examples, found " + tests.size());
        return tests.stream();
    }

    private static void check(Markdown.Block block) {
        byte[] bytes = block.text().getBytes(StandardCharsets.UTF_8);
        InputSchema schema;
        try {
            if (block.text().contains("\"ops_publisher_account\"")) {
                schema = InputSchema.CONFIG;
                new ConfigLoader().parse(bytes, block.where());
            } else if (block.text().contains("\"start_date\"")) {
                schema = InputSchema.REQUEST;
                new ExceptionRequestLoader(ExceptionPolicy.DEFAULTS).parse(bytes, block.where());
            } else {
                fail(block.where() + ": a json block must be a whole config or request; mark other JSON as text");
                return;
            }
        } catch (InvalidInputException e) {
            fail(block.where() + ": the tool refuses the documented JSON: " + e.problems());
            return;
        }
        assertEquals(List.of(), SCHEMAS.getSchema(schema.text(), InputFormat.JSON).validate(block.text(),
                InputFormat.JSON).stream().map(Object::toString).toList(), block.where());
    }

    @Test
    void runbook_namesEveryFindingCode() throws IOException {
        Set<String> codes = new TreeSet<>();
        for (Path source : FINDING_SOURCES) {
            Matcher literal = CODE_LITERAL.matcher(Files.readString(Markdown.ROOT.resolve(source)));
            while (literal.find()) {
                codes.add(literal.group(1));
            }
        }
        String runbook = Files.readString(Markdown.ROOT.resolve("docs/runbook.md"));

        assertTrue(codes.size() >= 35, "found only " + codes + " in the sources; has a producer moved?");
        List<String> undocumented = codes.stream().filter(code -> !runbook.contains("`" + code + "`")).toList();
        assertEquals(List.of(), undocumented, "finding codes missing from the table in docs/runbook.md");
    }
}

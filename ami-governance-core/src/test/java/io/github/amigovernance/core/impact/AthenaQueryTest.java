package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.ProviderAlias;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class AthenaQueryTest {

    private static final String BEGIN = "<!-- athena-classification.sql: begin -->\n```sql\n";
    private static final String END = "```\n<!-- athena-classification.sql: end -->";

    /** Finds docs/impact.md from the module folder, where Maven runs the tests. */
    private static Path impactDoc() {
        Path module = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
        Path doc = module.resolveSibling("docs").resolve("impact.md");
        assertTrue(Files.isRegularFile(doc), "expected the documentation at " + doc);
        return doc;
    }

    @Test
    void template_isTheQueryTheDocumentationPrints() throws Exception {
        String doc = Files.readString(impactDoc(), StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "docs/impact.md marks the query with " + BEGIN.strip() + " ... "
                + END.strip());

        String documented = doc.substring(begin + BEGIN.length(), end);

        assertEquals(AthenaQuery.template(), documented);
        assertEquals(-1, doc.indexOf(BEGIN, begin + 1), "the documentation prints the query once");
    }

    @Test
    void render_fillsTheProvidersAsEc2SpellsThem() {
        Allowlist allowlist = Allowlist.of(Fixtures.config().toBuilder().providerAlias(ProviderAlias.AWS_MARKETPLACE)
                .build(), LocalDate.of(2026, 12, 3));

        String query = AthenaQuery.render(allowlist);

        assertTrue(query.contains("VALUES '111122223333', '123456738923', '444455556666', 'aws-marketplace'\n"), query);
        assertFalse(query.contains(AthenaQuery.PROVIDERS_PLACEHOLDER));
    }
}

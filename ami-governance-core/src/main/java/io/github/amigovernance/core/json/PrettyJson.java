package io.github.amigovernance.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one indented JSON layout the project writes: two spaces, {@code "key": value}, a line per
 * array element, {@code []} and {@code {}} for empty containers, and {@code \n} line breaks on
 * every platform.
 */
public final class PrettyJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Writes one JSON document through a generator. */
    @FunctionalInterface
    public interface Body {

        /** Writes the document. */
        void write(JsonGenerator json) throws IOException;
    }

    private PrettyJson() {
    }

    /** Returns the document {@code body} writes, laid out by {@link #printer()}, without a final line break. */
    public static String write(Body body) {
        return render(body, true);
    }

    /** Returns the document {@code body} writes with no white space at all. */
    public static String writeCompact(Body body) {
        return render(body, false);
    }

    private static String render(Body body, boolean pretty) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (pretty) {
                json.setPrettyPrinter(printer());
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString();
    }

    /** Returns a new pretty printer with the project's layout; printers are stateful, so use one per document. */
    public static PrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withArrayEmptySeparator("")
                        .withObjectEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}

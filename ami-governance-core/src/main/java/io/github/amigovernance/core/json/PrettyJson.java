package io.github.amigovernance.core.json;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

/**
 * The one indented JSON layout the project writes: two spaces, {@code "key": value}, a line per
 * array element, {@code []} and {@code {}} for empty containers, and {@code \n} line breaks on
 * every platform.
 */
public final class PrettyJson {

    private PrettyJson() {
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

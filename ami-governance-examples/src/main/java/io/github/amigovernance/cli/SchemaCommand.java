package io.github.amigovernance.cli;

import io.github.amigovernance.core.schema.InputSchema;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** Prints the JSON Schema of the config or of an exception request, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true, addMethodSubcommands = false,
        versionProvider = Version.class,
        description = {"Print the JSON Schema (draft 2020-12) of the config or of an exception request.",
                "Save it beside your files and point \"$schema\" at it, and editors check the file as you type."
                        + " The tool itself checks more than the schema can; see docs/config.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:schema printed", "2:bad input (unknown schema name)", "3:internal error"})
final class SchemaCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "config|request", converter = Name.class,
            completionCandidates = Names.class, description = "Which schema: config or request.")
    InputSchema schema;

    private final Context context;

    SchemaCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.out().print(schema.text());
        context.out().flush();
        return ExitCode.OK;
    }

    /** Reads a schema name. */
    static final class Name implements ITypeConverter<InputSchema> {
        @Override
        public InputSchema convert(String value) {
            return InputSchema.fromLabel(value).orElseThrow(() ->
                    new TypeConversionException("expected one of: " + String.join(", ", new Names())
                            + "; found '" + value + "'"));
        }
    }

    /** Lists the schema names for the help text. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(InputSchema.values()).map(InputSchema::label).collect(Collectors.toList()).iterator();
        }
    }
}

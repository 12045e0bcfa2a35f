package io.github.amigovernance.core.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.json.PrettyJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes policy JSON in a fixed form, compact or indented, with the same bytes on every platform. */
final class JsonText {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Something that writes one JSON document through a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonText() {
    }

    static String write(OutputStyle style, Body body) {
        StringWriter out = new StringWriter(4096);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            if (style == OutputStyle.PRETTY) {
                json.setPrettyPrinter(PrettyJson.printer());
            }
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return style == OutputStyle.PRETTY ? out + "\n" : out.toString();
    }

    static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}

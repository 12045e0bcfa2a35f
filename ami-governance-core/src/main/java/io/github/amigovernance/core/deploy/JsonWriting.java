package io.github.amigovernance.core.deploy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonNull;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.PrettyJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Writes the JSON deployment files: indented by two spaces, one value a line, ending with a line break. */
final class JsonWriting {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Something that writes one JSON document through a generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonWriting() {
    }

    static String pretty(Body body) {
        StringWriter out = new StringWriter(16 * 1024);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(PrettyJson.printer());
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out + "\n";
    }

    /** Writes a value read by the tree reader back out, keeping member order and number text as they were. */
    static void tree(JsonGenerator json, JsonValue value) throws IOException {
        if (value instanceof JsonObject object) {
            json.writeStartObject();
            for (Member member : object.members()) {
                json.writeFieldName(member.name());
                tree(json, member.value());
            }
            json.writeEndObject();
        } else if (value instanceof JsonArray array) {
            json.writeStartArray();
            for (JsonValue element : array.elements()) {
                tree(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof JsonString text) {
            json.writeString(text.value());
        } else if (value instanceof JsonNumber number) {
            json.writeNumber(number.text());
        } else if (value instanceof JsonBoolean bool) {
            json.writeBoolean(bool.value());
        } else if (value instanceof JsonNull) {
            json.writeNull();
        }
    }
}

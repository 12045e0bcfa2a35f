package io.github.amigovernance.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.Problems;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads JSON text into a tree and writes a tree back as compact JSON, for tests. */
public final class JsonTrees {

    private JsonTrees() {
    }

    /** Reads JSON text, failing the test when it is not JSON. */
    public static JsonValue parse(String json) {
        Problems problems = new Problems("test");
        JsonValue value = new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8), problems)
                .orElseThrow(() -> new AssertionError("not JSON: " + problems.list()));
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.list().toString());
        }
        return value;
    }

    /** Returns the member at the end of the path of names. */
    public static JsonValue at(JsonValue value, String... names) {
        JsonValue current = value;
        for (String name : names) {
            current = ((JsonObject) current).member(name).map(Member::value)
                    .orElseThrow(() -> new AssertionError("no member " + name));
        }
        return current;
    }

    /** Returns the string at the end of the path of names. */
    public static String text(JsonValue value, String... names) {
        return ((JsonString) at(value, names)).value();
    }

    /**
     * Writes a tree as compact JSON with a default Jackson generator, as CloudFormation does with a
     * policy's {@code Content} object before it calls AWS Organizations.
     */
    public static String compact(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            write(json, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, JsonValue value) throws IOException {
        if (value instanceof JsonObject object) {
            json.writeStartObject();
            for (Member member : object.members()) {
                json.writeFieldName(member.name());
                write(json, member.value());
            }
            json.writeEndObject();
        } else if (value instanceof JsonArray array) {
            json.writeStartArray();
            for (JsonValue element : array.elements()) {
                write(json, element);
            }
            json.writeEndArray();
        } else if (value instanceof JsonString text) {
            json.writeString(text.value());
        } else if (value instanceof JsonNumber number) {
            json.writeNumber(number.text());
        } else if (value instanceof JsonBoolean bool) {
            json.writeBoolean(bool.value());
        } else {
            json.writeNull();
        }
    }
}

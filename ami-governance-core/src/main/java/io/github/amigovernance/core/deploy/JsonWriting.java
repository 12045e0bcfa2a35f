package io.github.amigovernance.core.deploy;

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

/** Writes the JSON deployment files: indented by two spaces, one value a line, ending with a line break. */
final class JsonWriting {

    private JsonWriting() {
    }

    static String pretty(PrettyJson.Body body) {
        return PrettyJson.write(body) + "\n";
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

package io.github.amigovernance.core.impact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonNull;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the value at a streaming parser's current token into a located {@link JsonValue} tree, so
 * that one record of a large capture can be examined as a tree while the file around it is
 * streamed. Only ever used for one record at a time. A repeated member name keeps its first value:
 * AWS output has none, and a capture is data to report on, not a config to reject.
 */
final class RecordTree {

    private RecordTree() {
    }

    /** Reads the value that starts at the parser's current token, leaving the parser on its last token. */
    static JsonValue read(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        SourceLocation at = JsonInputs.tokenLocation(parser);
        return switch (token) {
            case START_OBJECT -> readObject(parser, at);
            case START_ARRAY -> readArray(parser, at);
            case VALUE_STRING -> new JsonString(parser.getText(), at);
            case VALUE_NUMBER_INT -> new JsonNumber(parser.getText(), true, at);
            case VALUE_NUMBER_FLOAT -> new JsonNumber(parser.getText(), false, at);
            case VALUE_TRUE -> new JsonBoolean(true, at);
            case VALUE_FALSE -> new JsonBoolean(false, at);
            case VALUE_NULL -> new JsonNull(at);
            default -> throw new IllegalStateException("a value cannot start with " + token + " at " + at);
        };
    }

    private static JsonObject readObject(JsonParser parser, SourceLocation at) throws IOException {
        List<Member> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            SourceLocation nameAt = JsonInputs.tokenLocation(parser);
            parser.nextToken();
            JsonValue value = read(parser);
            if (seen.add(name)) {
                members.add(new Member(name, nameAt, value));
            }
        }
        return new JsonObject(members, at);
    }

    private static JsonArray readArray(JsonParser parser, SourceLocation at) throws IOException {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            elements.add(read(parser));
        }
        return new JsonArray(elements, at);
    }
}

package io.github.amigovernance.core.policy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.json.PrettyJson;
import java.io.IOException;
import java.util.List;

/** Writes policy JSON in a fixed form, compact or indented, with the same bytes on every platform. */
final class JsonText {

    private JsonText() {
    }

    /** Returns the document; the indented form ends with a line break, the compact one has no white space. */
    static String write(OutputStyle style, PrettyJson.Body body) {
        return style == OutputStyle.PRETTY ? PrettyJson.write(body) + "\n" : PrettyJson.writeCompact(body);
    }

    static void stringArray(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}

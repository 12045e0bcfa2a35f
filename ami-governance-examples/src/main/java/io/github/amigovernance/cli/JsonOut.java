package io.github.amigovernance.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.json.PrettyJson;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.ResultJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;

/** Writes one indented JSON document to a command's output. */
final class JsonOut {

    private JsonOut() {
    }

    static void write(PrintWriter out, PrettyJson.Body body) {
        out.println(PrettyJson.write(body));
        out.flush();
    }

    static void strings(JsonGenerator json, String name, Collection<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static void findings(JsonGenerator json, String name, List<Finding> findings) throws IOException {
        ResultJson.findings(json, name, findings);
    }

    static void problems(JsonGenerator json, String name, List<InputProblem> problems) throws IOException {
        ResultJson.problems(json, name, problems);
    }
}

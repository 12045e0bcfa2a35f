package io.github.amigovernance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.ResultJson;
import io.github.amigovernance.core.json.PrettyJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;

/** Writes one indented JSON document to a command's output. */
final class JsonOut {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** The body of a document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonOut() {
    }

    static void write(PrintWriter out, Body body) {
        try {
            JsonGenerator json = FACTORY.createGenerator(out);
            json.setPrettyPrinter(PrettyJson.printer());
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(json);
            json.flush();
            out.println();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

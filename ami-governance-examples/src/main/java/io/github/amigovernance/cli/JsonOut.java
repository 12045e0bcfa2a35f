package io.github.amigovernance.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.verify.Finding;
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
        json.writeArrayFieldStart(name);
        for (Finding finding : findings) {
            json.writeStartObject();
            json.writeStringField("code", finding.code());
            json.writeStringField("severity", finding.severity().label());
            if (finding.accountId().isPresent()) {
                json.writeStringField("account_id", finding.accountId().get().value());
            } else {
                json.writeNullField("account_id");
            }
            json.writeStringField("message", finding.message());
            json.writeStringField("rule", finding.rule());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void problems(JsonGenerator json, String name, List<InputProblem> problems) throws IOException {
        json.writeArrayFieldStart(name);
        for (InputProblem problem : problems) {
            json.writeStartObject();
            json.writeStringField("file", problem.source());
            json.writeStringField("path", problem.path());
            if (problem.location().isPresent()) {
                json.writeNumberField("line", problem.location().get().line());
                json.writeNumberField("column", problem.location().get().column());
            } else {
                json.writeNullField("line");
                json.writeNullField("column");
            }
            json.writeStringField("message", problem.message());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}

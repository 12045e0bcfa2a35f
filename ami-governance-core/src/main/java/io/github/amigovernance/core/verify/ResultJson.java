package io.github.amigovernance.core.verify;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.InputProblem;
import java.io.IOException;
import java.util.List;

/**
 * Writes findings and input problems as JSON, in the one shape every JSON output of the project
 * uses: a finding as {@code code}, {@code severity}, {@code account_id}, {@code message},
 * {@code rule}; a problem as {@code file}, {@code path}, {@code line}, {@code column},
 * {@code message}, with {@code null} for what is unknown.
 */
public final class ResultJson {

    private ResultJson() {
    }

    /** Writes {@code findings} as an array field named {@code field} of the object being written. */
    public static void findings(JsonGenerator json, String field, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(field);
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

    /** Writes {@code problems} as an array field named {@code field} of the object being written. */
    public static void problems(JsonGenerator json, String field, List<InputProblem> problems) throws IOException {
        json.writeArrayFieldStart(field);
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

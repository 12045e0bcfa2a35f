package io.github.amigovernance.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.verify.ResultJson;
import io.github.amigovernance.core.json.PrettyJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes a {@link Decision} as the JSON document that the command line and portals exchange:
 * {@code decision}, {@code missing_approvals}, {@code max_expires_on} and {@code findings}, each
 * finding with {@code code}, {@code severity}, {@code account_id}, {@code message} and {@code rule}.
 */
public final class DecisionJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DecisionJson() {
    }

    /** Returns the decision as indented JSON, without a trailing line break. */
    public static String write(Decision decision) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(PrettyJson.printer());
            json.writeStartObject();
            json.writeStringField("decision", decision.outcome().name());
            json.writeArrayFieldStart("missing_approvals");
            for (String role : decision.missingApprovals()) {
                json.writeString(role);
            }
            json.writeEndArray();
            json.writeStringField("max_expires_on", decision.maxExpiresOn().toString());
            ResultJson.findings(json, "findings", decision.findings());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
        return out.toString();
    }
}

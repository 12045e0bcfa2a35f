package io.github.amigovernance.rules;

import io.github.amigovernance.core.verify.ResultJson;
import io.github.amigovernance.core.json.PrettyJson;

/**
 * Writes a {@link Decision} as the JSON document that the command line and portals exchange:
 * {@code decision}, {@code missing_approvals}, {@code max_expires_on} and {@code findings}, each
 * finding with {@code code}, {@code severity}, {@code account_id}, {@code message} and {@code rule}.
 */
public final class DecisionJson {

    private DecisionJson() {
    }

    /** Returns the decision as indented JSON, without a trailing line break. */
    public static String write(Decision decision) {
        return PrettyJson.write(json -> {
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
        });
    }
}

package io.github.amigovernance.core.policy;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders the EC2 declarative policy and the SCP from one allowlist, so that both always name the
 * same providers, and checks them against the AWS limits before anyone writes them.
 *
 * <p>Output is deterministic: the same config, day, mode and style give the same text, whatever
 * the order of entries in the config. Instances are immutable and safe to share between threads.
 */
public final class PolicyRenderer {

    private static final String ASSIGN = "@@assign";
    private static final String CHILD_OPERATORS = "@@operators_allowed_for_child_policies";
    private static final String LOCKED = "@@none";
    private static final String BLOCK_NEW_SHARING = "block_new_sharing";

    /** Roughly what one more account adds to the SCP's owner list: twelve digits, two quotes, a comma. */
    private static final int CHARACTERS_PER_ACCOUNT = 15;

    private final PolicyLimits limits;
    private final OutputStyle style;

    /**
     * Creates a renderer.
     *
     * @param limits the limits to check the policies against
     * @param style how to lay the policies out
     */
    public PolicyRenderer(PolicyLimits limits, OutputStyle style) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.style = Objects.requireNonNull(style, "style");
    }

    /** Creates a renderer with AWS's current limits and compact output. */
    public PolicyRenderer() {
        this(PolicyLimits.DEFAULTS, OutputStyle.COMPACT);
    }

    /** Returns the limits this renderer checks. */
    public PolicyLimits limits() {
        return limits;
    }

    /**
     * Renders both policies for what {@code config} allows on {@code asOf}.
     *
     * @throws PolicyLimitException if either policy would break an AWS limit; it lists every limit broken
     */
    public RenderedPolicies render(GovernanceConfig config, LocalDate asOf, EnforcementMode mode) {
        return render(Allowlist.of(config, asOf), config.exceptionMessage(), mode);
    }

    /**
     * Renders both policies for an allowlist.
     *
     * @param allowlist what both policies allow
     * @param exceptionMessage the text EC2 shows when it refuses an image, or empty for AWS's default
     * @param mode the enforcement mode
     * @throws PolicyLimitException if either policy would break an AWS limit; it lists every limit broken
     */
    public RenderedPolicies render(Allowlist allowlist, Optional<String> exceptionMessage, EnforcementMode mode) {
        Objects.requireNonNull(allowlist, "allowlist");
        Objects.requireNonNull(exceptionMessage, "exceptionMessage");
        Objects.requireNonNull(mode, "mode");
        List<List<String>> criteria = split(allowlist.declarativeProviders());
        PolicyDocument declarative = new PolicyDocument(PolicyKind.DECLARATIVE_POLICY_EC2,
                JsonText.write(style, json -> writeDeclarative(json, criteria, exceptionMessage, mode)));
        PolicyDocument scp = new PolicyDocument(PolicyKind.SERVICE_CONTROL_POLICY,
                JsonText.write(style, json -> writeScp(json, allowlist, mode)));
        List<LimitViolation> violations = new ArrayList<>();
        if (criteria.size() > limits.maxCriteria()) {
            violations.add(new LimitViolation(PolicyKind.DECLARATIVE_POLICY_EC2, "image criteria", criteria.size(),
                    limits.maxCriteria(), String.format(Locale.ROOT, "At %d providers per criterion, %d criteria hold"
                            + " at most %,d providers; this allowlist has %,d. Remove providers from the config.",
                            limits.providersPerCriterion(), limits.maxCriteria(),
                            (long) limits.providersPerCriterion() * limits.maxCriteria(),
                            allowlist.declarativeProviders().size())));
        }
        checkSize(declarative, allowlist, violations);
        checkSize(scp, allowlist, violations);
        if (!violations.isEmpty()) {
            throw new PolicyLimitException(violations);
        }
        return new RenderedPolicies(allowlist, mode, declarative, scp);
    }

    private void checkSize(PolicyDocument document, Allowlist allowlist, List<LimitViolation> violations) {
        int limit = limits.maxCharacters(document.kind());
        int size = document.characters();
        if (size > limit) {
            violations.add(new LimitViolation(document.kind(), "characters", size, limit,
                    sizeAdvice(document.kind(), size - limit, allowlist)));
        }
    }

    private String sizeAdvice(PolicyKind kind, int excess, Allowlist allowlist) {
        int accounts = (excess + CHARACTERS_PER_ACCOUNT - 1) / CHARACTERS_PER_ACCOUNT;
        StringBuilder advice = new StringBuilder(String.format(Locale.ROOT,
                "Remove about %d account%s from the config (each adds about %d characters)", accounts,
                accounts == 1 ? "" : "s", CHARACTERS_PER_ACCOUNT));
        if (!allowlist.expiredExceptions().isEmpty()) {
            advice.append("; expired exceptions are already left out");
        }
        if (style == OutputStyle.PRETTY) {
            advice.append(", or render without pretty-printing, which AWS counts too");
        }
        if (kind == PolicyKind.SERVICE_CONTROL_POLICY) {
            advice.append(". An SCP allowlist cannot be split across statements or policies: each part would deny"
                    + " the images the other parts allow");
            if (limits.scpMaxCharacters() < PolicyLimits.SCP_MAX_CHARACTERS) {
                advice.append(String.format(Locale.ROOT, ". AWS has accepted SCPs of up to %,d characters since"
                        + " 15 May 2026; raise the SCP limit if your organization and tools do too",
                        PolicyLimits.SCP_MAX_CHARACTERS));
            }
        }
        return advice.append('.').toString();
    }

    private List<List<String>> split(List<String> providers) {
        List<List<String>> criteria = new ArrayList<>();
        for (int start = 0; start < providers.size(); start += limits.providersPerCriterion()) {
            criteria.add(providers.subList(start, Math.min(providers.size(), start + limits.providersPerCriterion())));
        }
        return criteria;
    }

    private static void writeDeclarative(JsonGenerator json, List<List<String>> criteria, Optional<String> message,
            EnforcementMode mode) throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("ec2_attributes");
        if (message.isPresent()) {
            json.writeFieldName("exception_message");
            lockedString(json, message.get());
        }
        json.writeObjectFieldStart("image_block_public_access");
        json.writeFieldName("state");
        lockedString(json, BLOCK_NEW_SHARING);
        json.writeEndObject();
        json.writeObjectFieldStart("allowed_images_settings");
        json.writeFieldName("state");
        lockedString(json, mode.policyValue());
        json.writeObjectFieldStart("image_criteria");
        for (int i = 0; i < criteria.size(); i++) {
            json.writeObjectFieldStart("criteria_" + (i + 1));
            json.writeObjectFieldStart("allowed_image_providers");
            JsonText.stringArray(json, ASSIGN, criteria.get(i));
            locked(json);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void lockedString(JsonGenerator json, String value) throws IOException {
        json.writeStartObject();
        json.writeStringField(ASSIGN, value);
        locked(json);
        json.writeEndObject();
    }

    private static void locked(JsonGenerator json) throws IOException {
        JsonText.stringArray(json, CHILD_OPERATORS, List.of(LOCKED));
    }

    private static void writeScp(JsonGenerator json, Allowlist allowlist, EnforcementMode mode) throws IOException {
        List<String> publishers = allowlist.scpPublisherExemptions();
        json.writeStartObject();
        json.writeStringField("Version", ScpStatements.VERSION);
        json.writeArrayFieldStart("Statement");
        if (mode == EnforcementMode.ENABLED) {
            statement(json, ScpStatements.LAUNCH_SID, ScpStatements.LAUNCH_ACTIONS, ScpStatements.IMAGE_RESOURCE,
                    ScpStatements.OWNER_KEY, allowlist.scpOwners());
        }
        statement(json, ScpStatements.CREATE_SID, ScpStatements.CREATE_ACTIONS, ScpStatements.ANY_RESOURCE,
                ScpStatements.PRINCIPAL_ACCOUNT_KEY, publishers);
        statement(json, ScpStatements.SHARE_SID, ScpStatements.SHARE_ACTIONS, ScpStatements.ANY_RESOURCE,
                ScpStatements.PRINCIPAL_ACCOUNT_KEY, publishers);
        statement(json, ScpStatements.BLOCK_PUBLIC_ACCESS_SID, ScpStatements.BLOCK_PUBLIC_ACCESS_ACTIONS,
                ScpStatements.ANY_RESOURCE, null, List.of());
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void statement(JsonGenerator json, String sid, List<String> actions, String resource,
            String conditionKey, List<String> exempt) throws IOException {
        json.writeStartObject();
        json.writeStringField("Sid", sid);
        json.writeStringField("Effect", "Deny");
        JsonText.stringArray(json, "Action", actions);
        json.writeStringField("Resource", resource);
        if (conditionKey != null) {
            json.writeObjectFieldStart("Condition");
            json.writeObjectFieldStart(ScpStatements.STRING_NOT_EQUALS);
            JsonText.stringArray(json, conditionKey, exempt);
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndObject();
    }
}

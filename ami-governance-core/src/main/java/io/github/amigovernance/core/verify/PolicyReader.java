package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.policy.ScpStatements;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads policy files back into what they mean, recording a finding for everything that differs
 * from the shape this project renders. The reader trusts nothing about how a file was made: it is
 * how {@code validate} and drift detection see a policy.
 */
public final class PolicyReader {

    /** The code of findings about a policy's structure. */
    public static final String SHAPE = "POLICY_SHAPE";

    /** The code of findings about a value that child policies could override. */
    public static final String NOT_LOCKED = "POLICY_NOT_LOCKED";

    private static final String RULE = "policy-shape";
    private static final String ASSIGN = "@@assign";
    private static final String CHILD_OPERATORS = "@@operators_allowed_for_child_policies";
    private static final Pattern CRITERION_NAME = Pattern.compile("criteria_([1-9][0-9]?)");
    private static final Pattern SID = Pattern.compile("[A-Za-z0-9]+");
    private static final Set<String> STATEMENT_FIELDS = Set.of("Sid", "Effect", "Action", "Resource", "Condition");

    private final String source;
    private final List<Finding> findings = new ArrayList<>();

    private PolicyReader(String source) {
        this.source = source;
    }

    /**
     * What reading one policy found.
     *
     * @param <T> the kind of content
     * @param content what the file says, when its structure allowed reading it
     * @param findings everything that differs from the rendered shape
     */
    public record Result<T>(Optional<T> content, List<Finding> findings) {

        /** Copies the list. */
        public Result {
            java.util.Objects.requireNonNull(content, "content");
            findings = List.copyOf(findings);
        }
    }

    /** Reads a declarative policy. */
    public static Result<DeclarativeContent> declarative(String source, JsonValue root) {
        PolicyReader reader = new PolicyReader(source);
        Optional<DeclarativeContent> content = reader.readDeclarative(root);
        return new Result<>(content, reader.findings);
    }

    /** Reads an SCP. */
    public static Result<ScpContent> scp(String source, JsonValue root) {
        PolicyReader reader = new PolicyReader(source);
        Optional<ScpContent> content = reader.readScp(root);
        return new Result<>(content, reader.findings);
    }

    private Optional<DeclarativeContent> readDeclarative(JsonValue root) {
        Optional<JsonObject> top = object(root, "", "a JSON object whose only key is ec2_attributes");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        onlyKeys(top.get(), "", Set.of("ec2_attributes"));
        Optional<JsonObject> attributes = required(top.get(), "", "ec2_attributes", "an object of EC2 attributes")
                .flatMap(v -> object(v, "ec2_attributes", "an object of EC2 attributes"));
        if (attributes.isEmpty()) {
            return Optional.empty();
        }
        String attributesPath = "ec2_attributes";
        for (Member member : attributes.get().members()) {
            if (!Set.of("exception_message", "image_block_public_access", "allowed_images_settings")
                    .contains(member.name())) {
                shape(JsonPath.member(attributesPath, member.name()), member.value(), "an attribute this project does"
                        + " not render; rendering the config again would drop it");
            }
        }
        Optional<String> message = attributes.get().member("exception_message")
                .flatMap(m -> lockedString(m.value(), JsonPath.member(attributesPath, "exception_message")));
        Optional<String> blockPublicAccess = required(attributes.get(), attributesPath, "image_block_public_access",
                "an object with the image block public access state")
                .flatMap(v -> object(v, JsonPath.member(attributesPath, "image_block_public_access"), "an object"))
                .flatMap(bpa -> {
                    String path = JsonPath.member(attributesPath, "image_block_public_access");
                    onlyKeys(bpa, path, Set.of("state"));
                    return required(bpa, path, "state", "the state block_new_sharing")
                            .flatMap(v -> lockedString(v, JsonPath.member(path, "state")));
                });
        String settingsPath = JsonPath.member(attributesPath, "allowed_images_settings");
        Optional<JsonObject> settings = required(attributes.get(), attributesPath, "allowed_images_settings",
                "the Allowed AMIs settings").flatMap(v -> object(v, settingsPath, "an object"));
        if (settings.isEmpty()) {
            return Optional.of(new DeclarativeContent(Optional.empty(), List.of(), blockPublicAccess, message));
        }
        if (settings.get().member("exception_message").isPresent()) {
            shape(JsonPath.member(settingsPath, "exception_message"), settings.get(), "exception_message directly"
                    + " under ec2_attributes, not inside allowed_images_settings, where AWS does not read it");
        }
        onlyKeys(settings.get(), settingsPath, Set.of("state", "image_criteria", "exception_message"));
        Optional<String> mode = required(settings.get(), settingsPath, "state", "the state audit_mode or enabled")
                .flatMap(v -> lockedString(v, JsonPath.member(settingsPath, "state")));
        List<List<String>> criteria = required(settings.get(), settingsPath, "image_criteria", "the image criteria")
                .map(v -> criteria(v, JsonPath.member(settingsPath, "image_criteria")))
                .orElse(List.of());
        return Optional.of(new DeclarativeContent(mode, criteria, blockPublicAccess, message));
    }

    private List<List<String>> criteria(JsonValue value, String path) {
        Optional<JsonObject> criteria = object(value, path, "an object of criteria named criteria_1 to criteria_10");
        if (criteria.isEmpty()) {
            return List.of();
        }
        List<List<String>> result = new ArrayList<>();
        int expectedNumber = 1;
        for (Member member : criteria.get().members()) {
            String criterionPath = JsonPath.member(path, member.name());
            Matcher name = CRITERION_NAME.matcher(member.name());
            if (!name.matches()) {
                shape(criterionPath, member.value(), "a criterion named criteria_1 to criteria_10");
                continue;
            }
            if (Integer.parseInt(name.group(1)) != expectedNumber) {
                shape(criterionPath, member.value(), "criteria numbered in order from criteria_1, so criteria_"
                        + expectedNumber + " here");
            }
            expectedNumber++;
            object(member.value(), criterionPath, "a criterion object").ifPresent(criterion -> {
                onlyKeys(criterion, criterionPath, Set.of("allowed_image_providers"));
                required(criterion, criterionPath, "allowed_image_providers", "the allowed image providers")
                        .flatMap(v -> lockedStringList(v, JsonPath.member(criterionPath, "allowed_image_providers")))
                        .ifPresent(result::add);
            });
        }
        if (criteria.get().members().isEmpty()) {
            shape(path, criteria.get(), "at least criteria_1; with no criteria, Allowed AMIs allows no provider");
        }
        return result;
    }

    private Optional<String> lockedString(JsonValue value, String path) {
        return leaf(value, path).flatMap(assigned -> {
            if (assigned instanceof JsonString text) {
                return Optional.of(text.value());
            }
            shape(JsonPath.member(path, ASSIGN), assigned, "a string");
            return Optional.empty();
        });
    }

    private Optional<List<String>> lockedStringList(JsonValue value, String path) {
        return leaf(value, path).flatMap(assigned -> strings(assigned, JsonPath.member(path, ASSIGN)));
    }

    /** Reads an operator object: {@code @@assign} with a value, locked against child policies. */
    private Optional<JsonValue> leaf(JsonValue value, String path) {
        Optional<JsonObject> leaf = object(value, path, "an object with @@assign and"
                + " @@operators_allowed_for_child_policies");
        if (leaf.isEmpty()) {
            return Optional.empty();
        }
        onlyKeys(leaf.get(), path, Set.of(ASSIGN, CHILD_OPERATORS));
        Optional<Member> lock = leaf.get().member(CHILD_OPERATORS);
        boolean locked = lock.isPresent() && lock.get().value() instanceof JsonArray array
                && array.elements().size() == 1 && array.elements().get(0) instanceof JsonString only
                && only.value().equals("@@none");
        if (!locked) {
            findings.add(Finding.error(NOT_LOCKED, null, where(path, leaf.get()) + ": expected "
                    + CHILD_OPERATORS + " [\"@@none\"], so that no child policy can change the value", RULE));
        }
        Optional<Member> assign = leaf.get().member(ASSIGN);
        if (assign.isEmpty()) {
            shape(path, leaf.get(), "an @@assign operator holding the value");
            return Optional.empty();
        }
        return Optional.of(assign.get().value());
    }

    private Optional<ScpContent> readScp(JsonValue root) {
        Optional<JsonObject> top = object(root, "", "a JSON object with Version and Statement");
        if (top.isEmpty()) {
            return Optional.empty();
        }
        onlyKeys(top.get(), "", Set.of("Version", "Statement"));
        Optional<String> version = required(top.get(), "", "Version", "\"" + ScpStatements.VERSION + "\"")
                .flatMap(v -> string(v, "Version"));
        if (version.isPresent() && !version.get().equals(ScpStatements.VERSION)) {
            shape("Version", top.get().member("Version").get().value(), "\"" + ScpStatements.VERSION + "\"");
        }
        Optional<JsonValue> statementValue = required(top.get(), "", "Statement", "a list of statements");
        if (statementValue.isEmpty()) {
            return Optional.of(new ScpContent(version, List.of()));
        }
        List<JsonValue> elements = statementValue.get() instanceof JsonArray array
                ? array.elements()
                : List.of(statementValue.get());
        List<ScpContent.Statement> statements = new ArrayList<>();
        Map<String, String> seenSids = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = statementValue.get() instanceof JsonArray ? JsonPath.element("Statement", i) : "Statement";
            JsonValue element = elements.get(i);
            Optional<ScpContent.Statement> statement = readStatement(element, path);
            if (statement.isEmpty()) {
                continue;
            }
            Optional<String> sid = statement.get().sid();
            if (sid.isPresent() && seenSids.putIfAbsent(sid.get(), path) != null) {
                shape(path, element, "a Sid used once; " + Quoting.quote(sid.get()) + " is also the Sid of "
                        + seenSids.get(sid.get()));
            }
            statements.add(statement.get());
        }
        return Optional.of(new ScpContent(version, statements));
    }

    private Optional<ScpContent.Statement> readStatement(JsonValue value, String path) {
        Optional<JsonObject> object = object(value, path, "a statement object");
        if (object.isEmpty()) {
            return Optional.empty();
        }
        for (Member member : object.get().members()) {
            if (!STATEMENT_FIELDS.contains(member.name())) {
                String why = switch (member.name()) {
                    case "Principal", "NotPrincipal" -> "no Principal: SCPs do not support it";
                    case "NotAction", "NotResource" -> "Action and Resource, as rendered; " + member.name()
                            + " inverts what the statement denies";
                    default -> "only Sid, Effect, Action, Resource and Condition";
                };
                shape(JsonPath.member(path, member.name()), member.value(), why);
            }
        }
        Optional<String> sid = object.get().member("Sid").flatMap(m -> string(m.value(), JsonPath.member(path, "Sid")));
        sid.filter(s -> !SID.matcher(s).matches())
                .ifPresent(s -> shape(JsonPath.member(path, "Sid"), object.get(), "a Sid of letters and digits only"));
        Optional<String> effect = object.get().member("Effect")
                .flatMap(m -> string(m.value(), JsonPath.member(path, "Effect")));
        List<String> actions = object.get().member("Action")
                .flatMap(m -> stringOrStrings(m.value(), JsonPath.member(path, "Action"))).orElse(List.of());
        List<String> resources = object.get().member("Resource")
                .flatMap(m -> stringOrStrings(m.value(), JsonPath.member(path, "Resource"))).orElse(List.of());
        Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
        object.get().member("Condition").ifPresent(m -> {
            String conditionPath = JsonPath.member(path, "Condition");
            object(m.value(), conditionPath, "an object of condition operators").ifPresent(operators -> {
                for (Member operator : operators.members()) {
                    String operatorPath = JsonPath.member(conditionPath, operator.name());
                    Map<String, List<String>> keys = new LinkedHashMap<>();
                    object(operator.value(), operatorPath, "an object of condition keys").ifPresent(keyObject -> {
                        for (Member key : keyObject.members()) {
                            stringOrStrings(key.value(), JsonPath.member(operatorPath, key.name()))
                                    .ifPresent(values -> keys.put(key.name(), values));
                        }
                    });
                    conditions.put(operator.name(), keys);
                }
            });
        });
        return Optional.of(new ScpContent.Statement(sid, effect, actions, resources, conditions));
    }

    private Optional<List<String>> stringOrStrings(JsonValue value, String path) {
        if (value instanceof JsonString text) {
            return Optional.of(List.of(text.value()));
        }
        return strings(value, path);
    }

    private Optional<List<String>> strings(JsonValue value, String path) {
        if (!(value instanceof JsonArray array)) {
            shape(path, value, "a list of strings");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            string(array.elements().get(i), JsonPath.element(path, i)).ifPresent(values::add);
        }
        return Optional.of(values);
    }

    private Optional<String> string(JsonValue value, String path) {
        if (value instanceof JsonString text) {
            return Optional.of(text.value());
        }
        shape(path, value, "a string");
        return Optional.empty();
    }

    private Optional<JsonObject> object(JsonValue value, String path, String expected) {
        if (value instanceof JsonObject object) {
            return Optional.of(object);
        }
        shape(path, value, expected);
        return Optional.empty();
    }

    private Optional<JsonValue> required(JsonObject object, String path, String name, String expected) {
        Optional<JsonValue> value = object.member(name).map(Member::value);
        if (value.isEmpty()) {
            findings.add(Finding.error(SHAPE, null, where(path, object) + ": missing " + Quoting.quote(name)
                    + "; expected " + expected, RULE));
        }
        return value;
    }

    private void onlyKeys(JsonObject object, String path, Set<String> allowed) {
        for (Member member : object.members()) {
            if (!allowed.contains(member.name())) {
                findings.add(Finding.error(SHAPE, null, source + ":" + member.nameLocation() + ": "
                        + JsonPath.display(JsonPath.member(path, member.name())) + ": unexpected key; expected only "
                        + String.join(", ", allowed.stream().sorted().toList()), RULE));
            }
        }
    }

    private void shape(String path, JsonValue found, String expected) {
        findings.add(Finding.error(SHAPE, null, where(path, found) + ": expected " + expected + ", found "
                + found.describe(), RULE));
    }

    private String where(String path, JsonValue value) {
        return source + ":" + value.location() + ": " + JsonPath.display(path);
    }
}

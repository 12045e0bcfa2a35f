package io.github.amigovernance.testkit.policy;

import io.github.amigovernance.testkit.json.Json;
import io.github.amigovernance.testkit.json.JsonSyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The structural checks that IAM Access Analyzer and Parliament apply to policies, written for the
 * two policies this project renders. Each problem is reported as one line that starts with the
 * check's code, such as {@code UNIQUE_SIDS_REQUIRED}; an empty list means the document passes.
 *
 * <p>These checks look at the text alone. Whether the policies allow the right things is for the
 * {@link PolicyEvaluator} and the allowlist comparisons.
 */
public final class StructuralChecks {

    private static final Pattern SID = Pattern.compile("[0-9A-Za-z]+");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern CRITERION = Pattern.compile("criteria_([1-9][0-9]*)");
    private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Action", "NotAction", "Resource",
            "NotResource", "Condition");
    private static final Set<String> INHERITANCE_OPERATORS = Set.of("@@assign", "@@append", "@@remove",
            "@@operators_allowed_for_child_policies");
    private static final Set<String> ATTRIBUTES = Set.of("exception_message", "allowed_images_settings",
            "image_block_public_access", "snapshot_block_public_access", "serial_console_access",
            "instance_metadata_defaults", "vpc_block_public_access");
    private static final Set<String> CRITERION_KEYS = Set.of("allowed_image_providers", "image_names",
            "marketplace_product_codes", "creation_date_condition", "deprecation_time_condition");
    private static final int MAX_CRITERIA = 10;
    private static final int MAX_PROVIDERS_PER_CRITERION = 200;

    private StructuralChecks() {
    }

    /** Returns the problems of an SCP's text; none when it passes every check. */
    public static List<String> scp(String text) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> policy;
        try {
            policy = Json.parseObject(text);
        } catch (JsonSyntaxException e) {
            problems.add("JSON_SYNTAX: " + e.getMessage());
            return problems;
        }
        for (String key : policy.keySet()) {
            if (!key.equals("Version") && !key.equals("Statement")) {
                problems.add("UNSUPPORTED_ELEMENT: top-level key \"" + key + "\"; an SCP has only Version and"
                        + " Statement");
            }
        }
        Object version = policy.get("Version");
        if (version == null) {
            problems.add("MISSING_VERSION: no Version");
        } else if (!"2012-10-17".equals(version)) {
            problems.add("INVALID_VERSION: Version is " + describe(version) + "; expected \"2012-10-17\"");
        }
        Object statementValue = policy.get("Statement");
        if (!(statementValue instanceof List<?> statements) || statements.isEmpty()) {
            problems.add("MISSING_STATEMENT: Statement is " + (statementValue == null ? "missing"
                    : Json.typeOf(statementValue)) + "; expected a non-empty array of statements");
            return problems;
        }
        Map<String, Integer> sids = new HashMap<>();
        List<Map<String, Object>> withoutSids = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            String path = "Statement[" + i + "]";
            if (!(statements.get(i) instanceof Map<?, ?>)) {
                problems.add("JSON_SYNTAX: " + path + " is " + Json.typeOf(statements.get(i)) + "; expected an object");
                continue;
            }
            Map<String, Object> statement = Tree.object(statements.get(i), path);
            statement(statement, path, problems);
            Object sid = statement.get("Sid");
            if (sid instanceof String id) {
                Integer first = sids.putIfAbsent(id, i);
                if (first != null) {
                    problems.add("UNIQUE_SIDS_REQUIRED: " + path + " repeats the Sid \"" + id + "\" of Statement["
                            + first + "]");
                }
            }
            Map<String, Object> rest = new LinkedHashMap<>(statement);
            rest.remove("Sid");
            if (withoutSids.contains(rest)) {
                problems.add("REDUNDANT_STATEMENT: " + path + " repeats an earlier statement");
            }
            withoutSids.add(rest);
        }
        return problems;
    }

    private static void statement(Map<String, Object> statement, String path, List<String> problems) {
        for (String key : statement.keySet()) {
            if (!STATEMENT_KEYS.contains(key)) {
                problems.add("UNSUPPORTED_ELEMENT: " + path + "." + key + "; SCP statements have no " + key);
            }
        }
        Object sid = statement.get("Sid");
        if (sid == null) {
            problems.add("UNIQUE_SIDS_REQUIRED: " + path + " has no Sid");
        } else if (!(sid instanceof String text) || !SID.matcher(text).matches()) {
            problems.add("INVALID_SID: " + path + ".Sid is " + describe(sid) + "; expected letters and digits only");
        }
        Object effect = statement.get("Effect");
        if (effect == null) {
            problems.add("MISSING_EFFECT: " + path + " has no Effect");
        } else if (!"Deny".equals(effect) && !"Allow".equals(effect)) {
            problems.add("INVALID_EFFECT: " + path + ".Effect is " + describe(effect));
        } else if (!"Deny".equals(effect)) {
            problems.add("DENY_ONLY: " + path + " allows; this guardrail SCP only denies");
        }
        if (statement.containsKey("NotAction") || statement.containsKey("NotResource")) {
            problems.add("UNSUPPORTED_ELEMENT: " + path + " inverts its scope with NotAction or NotResource");
        }
        List<String> actions = values(statement.get("Action"), path + ".Action", problems, "MISSING_ACTION");
        Set<String> seenActions = new HashSet<>();
        for (String action : actions) {
            if (!Ec2Vocabulary.ACTIONS.contains(action)) {
                problems.add("INVALID_ACTION: " + path + " names " + describe(action) + ", which is not in the pinned"
                        + " list of EC2 actions");
            }
            if (!seenActions.add(action.toLowerCase(Locale.ROOT))) {
                problems.add("REDUNDANT_ACTION: " + path + " names " + describe(action) + " twice");
            }
        }
        List<String> resources = values(statement.get("Resource"), path + ".Resource", problems, "MISSING_RESOURCE");
        Object condition = statement.get("Condition");
        if (condition != null) {
            conditions(condition, path + ".Condition", resources, problems);
        }
    }

    private static List<String> values(Object value, String path, List<String> problems, String missingCode) {
        if (value == null) {
            problems.add(missingCode + ": " + path + " is missing");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        if (value instanceof String text) {
            values.add(text);
        } else if (value instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof String text) {
                    values.add(text);
                } else {
                    problems.add("JSON_SYNTAX: " + path + " holds " + Json.typeOf(element) + "; expected strings");
                }
            }
        } else {
            problems.add("JSON_SYNTAX: " + path + " is " + Json.typeOf(value) + "; expected a string or strings");
        }
        if (values.isEmpty()) {
            problems.add(missingCode + ": " + path + " is empty");
        }
        return values;
    }

    private static void conditions(Object condition, String path, List<String> resources, List<String> problems) {
        if (!(condition instanceof Map<?, ?>)) {
            problems.add("JSON_SYNTAX: " + path + " is " + Json.typeOf(condition) + "; expected an object");
            return;
        }
        Map<String, Object> operators = Tree.object(condition, path);
        if (operators.isEmpty()) {
            problems.add("EMPTY_OBJECT_CONDITION: " + path + " is empty");
        }
        Map<String, String> operatorCase = new HashMap<>();
        for (Map.Entry<String, Object> entry : operators.entrySet()) {
            String operator = entry.getKey();
            String operatorPath = path + "." + operator;
            String clash = operatorCase.putIfAbsent(operator.toLowerCase(Locale.ROOT), operator);
            if (clash != null) {
                problems.add("DUPLICATE_KEYS_WITH_DIFFERENT_CASE: " + path + " has both " + clash + " and " + operator);
            }
            String base = baseOperator(operator, operatorPath, problems);
            if (!(entry.getValue() instanceof Map<?, ?>)) {
                problems.add("JSON_SYNTAX: " + operatorPath + " is " + Json.typeOf(entry.getValue())
                        + "; expected an object of condition keys");
                continue;
            }
            Map<String, Object> keys = Tree.object(entry.getValue(), operatorPath);
            if (keys.isEmpty()) {
                problems.add("EMPTY_OBJECT_CONDITION: " + operatorPath + " is empty");
            }
            Map<String, String> keyCase = new HashMap<>();
            for (Map.Entry<String, Object> keyEntry : keys.entrySet()) {
                String key = keyEntry.getKey();
                String keyPath = operatorPath + "." + key;
                String keyClash = keyCase.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
                if (keyClash != null) {
                    problems.add("DUPLICATE_KEYS_WITH_DIFFERENT_CASE: " + operatorPath + " has both " + keyClash
                            + " and " + key);
                }
                if (!Ec2Vocabulary.CONDITION_KEYS.contains(key)) {
                    problems.add("INVALID_CONDITION_KEY: " + keyPath + " is not in the pinned list of condition keys");
                }
                boolean onImage = resources.equals(List.of(Ec2Vocabulary.IMAGE_RESOURCE));
                if (Ec2Vocabulary.IMAGE_KEYS.contains(key) && !onImage) {
                    problems.add("CONDITION_KEY_RESOURCE_MISMATCH: " + keyPath + " describes an image, but the"
                            + " statement applies to " + resources + "; a negated operator on a key that is absent"
                            + " matches every request, so the Resource must be exactly "
                            + Ec2Vocabulary.IMAGE_RESOURCE);
                }
                List<String> values = values(keyEntry.getValue(), keyPath, problems, "EMPTY_ARRAY_CONDITION");
                conditionValues(base, key, values, keyPath, problems);
            }
        }
    }

    private static String baseOperator(String operator, String path, List<String> problems) {
        String base = operator;
        if (base.startsWith("ForAnyValue:") || base.startsWith("ForAllValues:")) {
            base = base.substring(base.indexOf(':') + 1);
        }
        boolean ifExists = base.endsWith("IfExists");
        if (ifExists) {
            base = base.substring(0, base.length() - "IfExists".length());
        }
        if (!Ec2Vocabulary.OPERATORS.contains(base)) {
            problems.add("INVALID_CONDITION_OPERATOR: " + path + " is not an IAM condition operator");
        } else if (ifExists && base.equals("Null")) {
            problems.add("NULL_WITH_IF_EXISTS: " + path + " combines Null with IfExists");
        }
        return base;
    }

    private static void conditionValues(String operator, String key, List<String> values, String path,
            List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                problems.add("REDUNDANT_CONDITION_VALUE: " + path + " lists " + describe(value) + " twice");
            }
            boolean like = operator.endsWith("Like");
            if (!like && (value.contains("*") || value.contains("?"))) {
                problems.add("WILDCARD_WITHOUT_LIKE_OPERATOR: " + path + " value " + describe(value) + " has a wildcard"
                        + " under " + operator + ", which compares it literally");
            }
            if (operator.startsWith("Date") && !isDate(value)) {
                problems.add("INVALID_DATE_VALUE: " + path + " value " + describe(value));
            }
            if (key.equals("aws:PrincipalAccount") && !ACCOUNT.matcher(value).matches()) {
                problems.add("INVALID_ACCOUNT_VALUE: " + path + " value " + describe(value)
                        + " is not 12 ASCII digits");
            }
            if (key.equals("ec2:Owner") && !ACCOUNT.matcher(value).matches()
                    && !Ec2Vocabulary.OWNER_ALIASES.contains(value)) {
                problems.add("INVALID_ACCOUNT_VALUE: " + path + " value " + describe(value) + " is neither 12 ASCII"
                        + " digits nor an owner alias " + Ec2Vocabulary.OWNER_ALIASES);
            }
        }
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).getOffset().getTotalSeconds() == 0 && value.endsWith("Z");
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    /** Returns the problems of a declarative (EC2) policy's text; none when it passes every check. */
    public static List<String> declarative(String text) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> policy;
        try {
            policy = Json.parseObject(text);
        } catch (JsonSyntaxException e) {
            problems.add("JSON_SYNTAX: " + e.getMessage());
            return problems;
        }
        for (String key : policy.keySet()) {
            if (!key.equals("ec2_attributes")) {
                problems.add("UNSUPPORTED_ELEMENT: top-level key \"" + key + "\"; expected only ec2_attributes");
            }
        }
        if (!(policy.get("ec2_attributes") instanceof Map<?, ?>)) {
            problems.add("JSON_SYNTAX: ec2_attributes is missing or not an object");
            return problems;
        }
        Map<String, Object> attributes = Tree.object(policy.get("ec2_attributes"), "ec2_attributes");
        for (String key : attributes.keySet()) {
            if (!ATTRIBUTES.contains(key)) {
                problems.add("UNKNOWN_ATTRIBUTE: ec2_attributes." + key);
            }
        }
        leaves(policy, "", problems);
        allowedImages(attributes.get("allowed_images_settings"), problems);
        Object blockPublicAccess = attributes.get("image_block_public_access");
        if (blockPublicAccess != null) {
            String state = assignedString(blockPublicAccess, "state");
            if (!Set.of("block_new_sharing", "unblocked").contains(state)) {
                problems.add("INVALID_VALUE: ec2_attributes.image_block_public_access.state is " + describe(state));
            }
        }
        return problems;
    }

    /** Checks that values sit only under inheritance operators and that every assigned value is locked. */
    private static void leaves(Object value, String path, List<String> problems) {
        if (!(value instanceof Map<?, ?>)) {
            return;
        }
        Map<String, Object> object = Tree.object(value, path);
        boolean operatorObject = object.keySet().stream().anyMatch(k -> k.startsWith("@@"));
        for (Map.Entry<String, Object> member : object.entrySet()) {
            String key = member.getKey();
            String memberPath = Tree.join(path, key);
            if (key.startsWith("@@")) {
                if (!INHERITANCE_OPERATORS.contains(key)) {
                    problems.add("UNKNOWN_OPERATOR: " + memberPath);
                }
                continue;
            }
            if (operatorObject) {
                problems.add("MIXED_OPERATOR_OBJECT: " + memberPath + " sits beside inheritance operators");
            }
            if (!(member.getValue() instanceof Map<?, ?>)) {
                problems.add("VALUE_WITHOUT_ASSIGN: " + memberPath + " is " + Json.typeOf(member.getValue())
                        + " outside @@assign");
                continue;
            }
            leaves(member.getValue(), memberPath, problems);
        }
        if (object.containsKey("@@assign")
                && !List.of("@@none").equals(object.get("@@operators_allowed_for_child_policies"))) {
            problems.add("NOT_LOCKED: " + path + " is not locked with @@operators_allowed_for_child_policies"
                    + " [\"@@none\"]");
        }
        if (operatorObject && !object.containsKey("@@assign")) {
            problems.add("MISSING_ASSIGN: " + path + " has inheritance operators but no @@assign");
        }
    }

    private static void allowedImages(Object settingsValue, List<String> problems) {
        String path = "ec2_attributes.allowed_images_settings";
        if (!(settingsValue instanceof Map<?, ?>)) {
            problems.add("MISSING_ATTRIBUTE: " + path + " is missing or not an object");
            return;
        }
        Map<String, Object> settings = Tree.object(settingsValue, path);
        String state = assignedString(settings.get("state"), null);
        if (!Set.of("enabled", "audit_mode").contains(state)) {
            problems.add("INVALID_VALUE: " + path + ".state is " + describe(state)
                    + "; expected enabled or audit_mode");
        }
        if (!(settings.get("image_criteria") instanceof Map<?, ?>)) {
            problems.add("MISSING_ATTRIBUTE: " + path + ".image_criteria is missing or not an object");
            return;
        }
        Map<String, Object> criteria = Tree.object(settings.get("image_criteria"), path + ".image_criteria");
        if (criteria.isEmpty() || criteria.size() > MAX_CRITERIA) {
            problems.add("CRITERIA_COUNT: " + criteria.size() + " criteria; expected 1 to " + MAX_CRITERIA);
        }
        int expected = 1;
        Map<String, String> seenProviders = new HashMap<>();
        for (Map.Entry<String, Object> criterion : criteria.entrySet()) {
            String criterionPath = path + ".image_criteria." + criterion.getKey();
            var name = CRITERION.matcher(criterion.getKey());
            if (!name.matches() || Integer.parseInt(name.group(1)) != expected) {
                problems.add("CRITERIA_NAMES: " + criterionPath + "; expected criteria_" + expected);
            }
            expected++;
            if (!(criterion.getValue() instanceof Map<?, ?>)) {
                continue;
            }
            Map<String, Object> fields = Tree.object(criterion.getValue(), criterionPath);
            for (String key : fields.keySet()) {
                if (!CRITERION_KEYS.contains(key)) {
                    problems.add("UNKNOWN_CRITERION_FIELD: " + criterionPath + "." + key);
                }
            }
            Object providerLeaf = fields.get("allowed_image_providers");
            Object assigned = providerLeaf instanceof Map<?, ?> leaf ? leaf.get("@@assign") : null;
            if (!(assigned instanceof List<?> providers)) {
                problems.add("MISSING_PROVIDERS: " + criterionPath + ".allowed_image_providers.@@assign is not a list");
                continue;
            }
            if (providers.isEmpty() || providers.size() > MAX_PROVIDERS_PER_CRITERION) {
                problems.add("PROVIDERS_PER_CRITERION: " + criterionPath + " lists " + providers.size()
                        + " providers; expected 1 to " + MAX_PROVIDERS_PER_CRITERION);
            }
            for (Object provider : providers) {
                if (!(provider instanceof String text) || !(ACCOUNT.matcher(text).matches()
                        || Ec2Vocabulary.PROVIDER_ALIASES.contains(text))) {
                    problems.add("INVALID_PROVIDER: " + criterionPath + " lists " + describe(provider)
                            + "; expected 12 ASCII digits or one of " + Ec2Vocabulary.PROVIDER_ALIASES);
                    continue;
                }
                String first = seenProviders.putIfAbsent(text, criterionPath);
                if (first != null) {
                    problems.add("DUPLICATE_PROVIDER: " + criterionPath + " repeats " + describe(text) + " of "
                            + first);
                }
            }
        }
    }

    private static String assignedString(Object holder, String member) {
        Object leaf = holder;
        if (member != null) {
            leaf = holder instanceof Map<?, ?> map ? map.get(member) : null;
        }
        Object value = leaf instanceof Map<?, ?> map ? map.get("@@assign") : null;
        return value instanceof String text ? text : null;
    }

    private static String describe(Object value) {
        return value instanceof String text ? "\"" + text + "\"" : String.valueOf(value);
    }
}

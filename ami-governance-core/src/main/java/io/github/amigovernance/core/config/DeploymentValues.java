package io.github.amigovernance.core.config;

import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValues;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the config's deployment fields (policy targets, names and descriptions), recording a
 * problem that says what was wrong with the value when it does not fit AWS Organizations' rules.
 */
final class DeploymentValues {

    private static final String TARGET_FORMS = "a root ID (r- and 4 to 32 lower-case letters or digits), an OU ID"
            + " (ou-, 4 to 32 lower-case letters or digits, a dash, 8 to 32 lower-case letters or digits) or a"
            + " 12-digit account ID";

    private DeploymentValues() {
    }

    /** Reads the list of targets: valid root, OU or account IDs, each listed once. */
    static List<TargetId> targets(JsonValue value, String path, Problems problems) {
        List<TargetId> targets = new ArrayList<>();
        Optional<List<JsonValue>> elements = JsonValues.array(value, path, problems,
                "a list of the root, OU and account IDs both policies are attached to");
        if (elements.isEmpty()) {
            return targets;
        }
        Map<TargetId, String> seen = new HashMap<>();
        for (int i = 0; i < elements.get().size(); i++) {
            String elementPath = JsonPath.element(path, i);
            JsonValue element = elements.get().get(i);
            Optional<TargetId> target = target(element, elementPath, problems);
            if (target.isEmpty()) {
                continue;
            }
            String first = seen.putIfAbsent(target.get(), elementPath);
            if (first != null) {
                problems.add(elementPath, element, "target " + Quoting.quote(target.get().value())
                        + " is listed twice (first at " + first + "); expected each target once");
            } else {
                targets.add(target.get());
            }
        }
        return targets;
    }

    private static Optional<TargetId> target(JsonValue value, String path, Problems problems) {
        if (value instanceof JsonNumber number) {
            problems.add(path, value, "expected a target ID as a JSON string, found " + number.describe()
                    + "; put an account ID in quotes, since a number loses leading zeros");
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            problems.add(path, value, "expected " + TARGET_FORMS + " as a JSON string, found " + value.describe());
            return Optional.empty();
        }
        String id = text.value();
        if (TargetId.kindOf(id).isPresent()) {
            return Optional.of(TargetId.of(id));
        }
        problems.add(path, value, "expected " + TARGET_FORMS + ", found " + Quoting.quote(id) + " ("
                + whatIsWrongWithTarget(id) + ")");
        return Optional.empty();
    }

    private static String whatIsWrongWithTarget(String id) {
        if (id.isEmpty()) {
            return "it is empty";
        }
        if (id.chars().anyMatch(Character::isWhitespace)) {
            return "it contains white space";
        }
        if (TargetId.kindOf(id.toLowerCase(Locale.ROOT)).isPresent()) {
            return "AWS writes these IDs in lower case";
        }
        if (id.startsWith("arn:")) {
            return "that is an ARN; expected the ID at its end";
        }
        if (id.startsWith("o-")) {
            return "an organization ID is not a target; attach the policies to the organization's root, whose"
                    + " r- ID aws organizations list-roots prints";
        }
        if (id.startsWith("p-")) {
            return "that is a policy ID, not a target";
        }
        if (id.startsWith("r-")) {
            return "a root ID has 4 to 32 lower-case letters or digits after r-";
        }
        if (id.startsWith("ou-")) {
            return "an OU ID has two parts after ou-, of 4 to 32 and 8 to 32 lower-case letters or digits,"
                    + " joined by a dash";
        }
        if (id.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return id.length() + " digits; an account ID has 12";
        }
        return "it is neither a root, an OU nor an account ID";
    }

    /** Reads a policy name; see {@link PolicyMetadata#nameProblem}. */
    static Optional<String> policyName(JsonValue value, String path, Problems problems) {
        return JsonValues.string(value, path, problems, "a policy name").filter(name -> {
            String problem = PolicyMetadata.nameProblem(name);
            if (problem != null) {
                problems.add(path, value, "expected a policy name of 1 to " + PolicyMetadata.MAX_NAME_CHARACTERS
                        + " characters on one line, found " + Quoting.quote(name) + ": " + problem);
            }
            return problem == null;
        });
    }

    /** Reads a policy description; see {@link PolicyMetadata#descriptionProblem}. */
    static Optional<String> policyDescription(JsonValue value, String path, Problems problems) {
        return JsonValues.string(value, path, problems, "a policy description").filter(description -> {
            String problem = PolicyMetadata.descriptionProblem(description);
            if (problem != null) {
                problems.add(path, value, "expected a policy description of at most "
                        + PolicyMetadata.MAX_DESCRIPTION_CHARACTERS + " characters on one line, found "
                        + Quoting.quote(description) + ": " + problem);
            }
            return problem == null;
        });
    }
}

package io.github.amigovernance.core.json;

import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.Member;
import java.util.List;
import java.util.Optional;

/**
 * A JSON object seen through the list of fields it may have. Creating the view reports every
 * member that is not on the list (with a suggestion when the name is a near miss, so that a typo
 * such as {@code expires_onn} is caught rather than silently dropped); {@link #required} reports a
 * missing field.
 */
public final class ObjectView {

    private final JsonObject object;
    private final String path;
    private final Problems problems;

    private ObjectView(JsonObject object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /**
     * Views {@code value} as an object with the given fields.
     *
     * @param value the value to view
     * @param path the JSON path of the value
     * @param problems where problems are recorded
     * @param expected what the value should be, for the message when it is not an object, such as
     *     {@code "a vendor publisher object"}
     * @param fields the names the object may have
     * @return the view, or empty (with a problem recorded) when the value is not an object
     */
    public static Optional<ObjectView> of(JsonValue value, String path, Problems problems, String expected,
            List<String> fields) {
        if (!(value instanceof JsonObject object)) {
            problems.add(path, value, "expected " + expected + ", found " + value.describe());
            return Optional.empty();
        }
        for (Member member : object.members()) {
            if (!fields.contains(member.name())) {
                problems.add(JsonPath.member(path, member.name()), member.nameLocation(),
                        unknownFieldMessage(member.name(), fields));
            }
        }
        return Optional.of(new ObjectView(object, path, problems));
    }

    /** Returns the path of this object. */
    public String path() {
        return path;
    }

    /** Returns the path of the named member. */
    public String path(String name) {
        return JsonPath.member(path, name);
    }

    /** Returns where this object starts. */
    public SourceLocation location() {
        return object.location();
    }

    /** Returns the named member's value if it is present; {@code null} counts as present. */
    public Optional<JsonValue> optional(String name) {
        return object.member(name).map(Member::value);
    }

    /**
     * Returns the named member's value, recording a problem when it is absent.
     *
     * @param expected what the member should hold, for the message
     */
    public Optional<JsonValue> required(String name, String expected) {
        Optional<JsonValue> value = optional(name);
        if (value.isEmpty()) {
            problems.add(path, object.location(), "missing required field " + Quoting.quote(name)
                    + "; expected " + expected);
        }
        return value;
    }

    private static String unknownFieldMessage(String name, List<String> fields) {
        StringBuilder message = new StringBuilder("unknown field ").append(Quoting.quote(name));
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String field : fields) {
            int distance = editDistance(name, field);
            if (distance < best) {
                best = distance;
                closest = field;
            }
        }
        if (closest != null && best <= Math.max(2, closest.length() / 4)) {
            message.append("; did you mean ").append(Quoting.quote(closest)).append('?');
        }
        return message.append(" Expected one of: ").append(String.join(", ", fields)).toString();
    }

    /** Levenshtein distance, for suggesting the field a misspelt name was meant to be. */
    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

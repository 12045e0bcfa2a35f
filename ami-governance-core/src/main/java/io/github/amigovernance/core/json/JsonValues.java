package io.github.amigovernance.core.json;

import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Converts JSON values to Java values strictly: a number is never read as a string, nor a string
 * as a number. Each method records a problem naming what it expected and what it found, and
 * returns empty, when the value does not fit.
 */
public final class JsonValues {

    private JsonValues() {
    }

    /**
     * Reads a string.
     *
     * @param expected what the string should be, for the message, such as {@code "a vendor name"}
     */
    public static Optional<String> string(JsonValue value, String path, Problems problems, String expected) {
        if (value instanceof JsonString text) {
            return Optional.of(text.value());
        }
        problems.add(path, value, "expected " + expected + " (a JSON string), found " + value.describe());
        return Optional.empty();
    }

    /** Reads a string that must contain something other than white space. */
    public static Optional<String> nonBlankString(JsonValue value, String path, Problems problems, String expected) {
        Optional<String> text = string(value, path, problems, expected);
        if (text.isPresent() && text.get().isBlank()) {
            problems.add(path, value, "expected " + expected + ", found an empty string");
            return Optional.empty();
        }
        return text;
    }

    /** Reads a {@code true} or {@code false}. */
    public static Optional<Boolean> bool(JsonValue value, String path, Problems problems) {
        if (value instanceof JsonBoolean b) {
            return Optional.of(b.value());
        }
        problems.add(path, value, "expected true or false, found " + value.describe());
        return Optional.empty();
    }

    /**
     * Reads a whole number in {@code [min, max]}, written without a fraction or exponent.
     *
     * @param expected what the number means, for the message, such as {@code "a number of days"}
     */
    public static Optional<Integer> integer(JsonValue value, String path, Problems problems, int min, int max,
            String expected) {
        String range = " from " + min + " to " + max;
        if (!(value instanceof JsonNumber number) || !number.integral()) {
            problems.add(path, value, "expected " + expected + " (a whole number" + range + "), found "
                    + value.describe());
            return Optional.empty();
        }
        BigInteger parsed = new BigInteger(number.text());
        if (parsed.compareTo(BigInteger.valueOf(min)) < 0 || parsed.compareTo(BigInteger.valueOf(max)) > 0) {
            problems.add(path, value, "expected " + expected + range + ", found " + number.text());
            return Optional.empty();
        }
        return Optional.of(parsed.intValueExact());
    }

    /** Reads an array. */
    public static Optional<List<JsonValue>> array(JsonValue value, String path, Problems problems, String expected) {
        if (value instanceof JsonArray array) {
            return Optional.of(array.elements());
        }
        problems.add(path, value, "expected " + expected + " (a JSON array), found " + value.describe());
        return Optional.empty();
    }
}

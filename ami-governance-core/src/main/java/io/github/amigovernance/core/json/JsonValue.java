package io.github.amigovernance.core.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON value read by {@link JsonTreeReader}, with the place in the text where it starts.
 *
 * <p>The tree keeps what a strict loader needs and a general-purpose tree drops: where every value
 * and every member name stands, and the exact text of every number, so that a loader can say
 * precisely what it rejected and where.
 */
public sealed interface JsonValue
        permits JsonValue.JsonObject, JsonValue.JsonArray, JsonValue.JsonString, JsonValue.JsonNumber,
                JsonValue.JsonBoolean, JsonValue.JsonNull {

    /** Returns where this value starts in the text. */
    SourceLocation location();

    /** Returns a short description of the value for error messages, such as {@code an array}. */
    String describe();

    /**
     * A JSON object. Member order is the order in the text; names are unique, because the reader
     * reports a repeated name as a problem and keeps the first occurrence.
     *
     * @param members the members in text order
     * @param location where the opening brace stands
     */
    record JsonObject(List<Member> members, SourceLocation location) implements JsonValue {

        /** Copies the member list. */
        public JsonObject {
            members = List.copyOf(members);
            Objects.requireNonNull(location, "location");
        }

        /** Returns the member with the given name, if there is one. */
        public Optional<Member> member(String name) {
            for (Member member : members) {
                if (member.name().equals(name)) {
                    return Optional.of(member);
                }
            }
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /**
     * One name-value pair of an object.
     *
     * @param name the member name
     * @param nameLocation where the name stands
     * @param value the member value
     */
    record Member(String name, SourceLocation nameLocation, JsonValue value) {

        /** Checks that no part is missing. */
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(nameLocation, "nameLocation");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A JSON array.
     *
     * @param elements the elements in text order
     * @param location where the opening bracket stands
     */
    record JsonArray(List<JsonValue> elements, SourceLocation location) implements JsonValue {

        /** Copies the element list. */
        public JsonArray {
            elements = List.copyOf(elements);
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "an array";
        }
    }

    /**
     * A JSON string.
     *
     * @param value the decoded text
     * @param location where the opening quote stands
     */
    record JsonString(String value, SourceLocation location) implements JsonValue {

        /** Checks that no part is missing. */
        public JsonString {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "the string " + Quoting.quote(value);
        }
    }

    /**
     * A JSON number, kept as the text that was written so that nothing is rounded or reformatted.
     *
     * @param text the number exactly as written
     * @param integral whether the text has neither a fraction nor an exponent
     * @param location where the number starts
     */
    record JsonNumber(String text, boolean integral, SourceLocation location) implements JsonValue {

        /** Checks that no part is missing. */
        public JsonNumber {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "the number " + Quoting.truncate(text);
        }
    }

    /**
     * A JSON {@code true} or {@code false}.
     *
     * @param value the value
     * @param location where the literal stands
     */
    record JsonBoolean(boolean value, SourceLocation location) implements JsonValue {

        /** Checks that no part is missing. */
        public JsonBoolean {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "the literal " + value;
        }
    }

    /**
     * A JSON {@code null}.
     *
     * @param location where the literal stands
     */
    record JsonNull(SourceLocation location) implements JsonValue {

        /** Checks that no part is missing. */
        public JsonNull {
            Objects.requireNonNull(location, "location");
        }

        @Override
        public String describe() {
            return "null";
        }
    }
}

package io.github.amigovernance.testkit.policy;

import io.github.amigovernance.testkit.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads parts of a {@link Json} tree, failing with the path of the part that has another shape. */
final class Tree {

    private Tree() {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String path) {
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw shape(path, "an object", value);
    }

    static Object member(Map<String, Object> object, String name, String path) {
        Object value = object.get(name);
        if (value == null) {
            throw new IllegalArgumentException(at(path) + ": missing \"" + name + "\"");
        }
        return value;
    }

    static String string(Object value, String path) {
        if (value instanceof String text) {
            return text;
        }
        throw shape(path, "a string", value);
    }

    static List<String> strings(Object value, String path) {
        if (!(value instanceof List<?> list)) {
            throw shape(path, "an array of strings", value);
        }
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            strings.add(string(list.get(i), path + "[" + i + "]"));
        }
        return List.copyOf(strings);
    }

    /** Reads a string or an array of strings, as the IAM language allows for Action, Resource and values. */
    static List<String> stringOrStrings(Object value, String path) {
        return value instanceof String text ? List.of(text) : strings(value, path);
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static IllegalArgumentException shape(String path, String expected, Object found) {
        return new IllegalArgumentException(at(path) + ": expected " + expected + ", found " + Json.typeOf(found));
    }

    private static String at(String path) {
        return path.isEmpty() ? "(top level)" : path;
    }
}

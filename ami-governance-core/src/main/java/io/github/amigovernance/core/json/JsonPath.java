package io.github.amigovernance.core.json;

import java.util.regex.Pattern;

/**
 * Builds the JSON paths that error messages use, such as {@code exception_accounts[2].expires_on}.
 * The document itself has the empty path.
 */
public final class JsonPath {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private JsonPath() {
    }

    /** Returns the path of member {@code name} of the object at {@code parent}. */
    public static String member(String parent, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return parent.isEmpty() ? name : parent + "." + name;
        }
        return parent + "[" + Quoting.quote(name) + "]";
    }

    /** Returns the path of element {@code index} of the array at {@code parent}. */
    public static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Returns the path as shown to a person: the empty path reads {@code (top level)}. */
    public static String display(String path) {
        return path.isEmpty() ? "(top level)" : path;
    }
}

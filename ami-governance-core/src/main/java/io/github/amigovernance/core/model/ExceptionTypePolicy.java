package io.github.amigovernance.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The limits for one exception type: how long it may run and whose approval it needs.
 *
 * @param name the type name as the config writes it, such as {@code vendor_poc}
 * @param maxDays the longest the exception may run, from its start to its expiry day
 * @param requiredApprovals the roles that must all approve, in the order they are listed
 */
public record ExceptionTypePolicy(String name, int maxDays, List<String> requiredApprovals) {

    private static final Pattern TYPE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /**
     * Checks the values and copies the role list.
     *
     * @throws IllegalArgumentException if the name is not lower-case letters, digits and
     *     underscores, if {@code maxDays} is below 1, or if a role is blank or listed twice
     */
    public ExceptionTypePolicy {
        Objects.requireNonNull(name, "name");
        if (!isValidName(name)) {
            throw new IllegalArgumentException("an exception type name is lower-case letters, digits and underscores,"
                    + " starting with a letter; got '" + name + "'");
        }
        if (maxDays < 1) {
            throw new IllegalArgumentException("type " + name + ": maximum days must be at least 1, got " + maxDays);
        }
        requiredApprovals = List.copyOf(requiredApprovals);
        if (requiredApprovals.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("type " + name + ": an approver role is blank");
        }
        if (requiredApprovals.stream().distinct().count() != requiredApprovals.size()) {
            throw new IllegalArgumentException("type " + name + ": an approver role is listed twice");
        }
    }

    /** Returns whether {@code name} is a well-formed exception type name. */
    public static boolean isValidName(String name) {
        return name != null && TYPE_NAME.matcher(name).matches();
    }
}

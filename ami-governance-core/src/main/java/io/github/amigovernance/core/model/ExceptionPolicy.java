package io.github.amigovernance.core.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The rules' parameters: the exception types with their limits, the ceiling no single exception
 * may pass, who approves a chain of renewals past that ceiling, and how early expiry warnings start.
 *
 * @param types the exception types by name
 * @param absoluteMaxDays the longest any one exception may run, whatever its type
 * @param extensionApprover the role whose approval a renewal chain longer than
 *     {@code absoluteMaxDays} needs
 * @param warningDays how many days before expiry an exception is reported as expiring soon
 */
public record ExceptionPolicy(
        SortedMap<String, ExceptionTypePolicy> types,
        int absoluteMaxDays,
        String extensionApprover,
        int warningDays) {

    /** The ceiling on any one exception when the config does not set one. */
    public static final int DEFAULT_ABSOLUTE_MAX_DAYS = 90;

    /** The role that approves renewals past the ceiling when the config does not name one. */
    public static final String DEFAULT_EXTENSION_APPROVER = "chief-architect";

    /** The expiry warning window when the config does not set one. */
    public static final int DEFAULT_WARNING_DAYS = 14;

    /** The policy that applies when a config has no {@code exception_policy}. */
    public static final ExceptionPolicy DEFAULTS = new ExceptionPolicy(
            defaultTypes(), DEFAULT_ABSOLUTE_MAX_DAYS, DEFAULT_EXTENSION_APPROVER, DEFAULT_WARNING_DAYS);

    /**
     * Checks the values and copies the type map.
     *
     * @throws IllegalArgumentException if there is no type, a map key differs from its type's
     *     name, a type allows more than {@code absoluteMaxDays}, a number is out of range, or the
     *     extension approver is blank
     */
    public ExceptionPolicy {
        Objects.requireNonNull(types, "types");
        Objects.requireNonNull(extensionApprover, "extensionApprover");
        if (absoluteMaxDays < 1) {
            throw new IllegalArgumentException("the absolute maximum must be at least 1 day, got " + absoluteMaxDays);
        }
        if (warningDays < 0) {
            throw new IllegalArgumentException("the warning window cannot be negative, got " + warningDays);
        }
        if (extensionApprover.isBlank()) {
            throw new IllegalArgumentException("the extension approver role is blank");
        }
        if (types.isEmpty()) {
            throw new IllegalArgumentException("an exception policy needs at least one exception type");
        }
        for (Map.Entry<String, ExceptionTypePolicy> entry : types.entrySet()) {
            ExceptionTypePolicy type = entry.getValue();
            if (!entry.getKey().equals(type.name())) {
                throw new IllegalArgumentException("type stored as " + entry.getKey() + " is named " + type.name());
            }
            if (type.maxDays() > absoluteMaxDays) {
                throw new IllegalArgumentException("type " + type.name() + " allows " + type.maxDays()
                        + " days, more than the absolute maximum of " + absoluteMaxDays);
            }
        }
        types = Collections.unmodifiableSortedMap(new TreeMap<>(types));
    }

    /** Returns the limits of the named type, if the policy has it. */
    public Optional<ExceptionTypePolicy> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    private static SortedMap<String, ExceptionTypePolicy> defaultTypes() {
        SortedMap<String, ExceptionTypePolicy> types = new TreeMap<>();
        types.put("migration", new ExceptionTypePolicy("migration", 90, List.of("security-lead", "cloud-architect")));
        types.put("vendor_poc", new ExceptionTypePolicy("vendor_poc", 60, List.of("engineering-manager", "cto")));
        types.put("emergency", new ExceptionTypePolicy("emergency", 30, List.of("security-lead", "vp-engineering")));
        return types;
    }
}

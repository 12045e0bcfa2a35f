package io.github.amigovernance.core.verify;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SCP file says.
 *
 * @param version the {@code Version} value, when present
 * @param statements the statements, in file order
 */
public record ScpContent(Optional<String> version, List<Statement> statements) {

    /** Checks that no part is missing and copies the list. */
    public ScpContent {
        Objects.requireNonNull(version, "version");
        statements = List.copyOf(statements);
    }

    /** Returns the statement with the given id, if there is exactly one. */
    public Optional<Statement> statement(String sid) {
        List<Statement> matching = statements.stream().filter(s -> s.sid().filter(sid::equals).isPresent()).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    /**
     * One statement of an SCP.
     *
     * @param sid the statement id, when present
     * @param effect the {@code Effect} value, or empty when absent
     * @param actions the {@code Action} values (a single string counts as a list of one)
     * @param resources the {@code Resource} values
     * @param conditions the values of each condition key, by operator then key
     */
    public record Statement(Optional<String> sid, Optional<String> effect, List<String> actions, List<String> resources,
            Map<String, Map<String, List<String>>> conditions) {

        /** Checks that no part is missing and copies the collections. */
        public Statement {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(effect, "effect");
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
            Map<String, Map<String, List<String>>> copy = new java.util.LinkedHashMap<>();
            conditions.forEach((operator, keys) -> {
                Map<String, List<String>> keyCopy = new java.util.LinkedHashMap<>();
                keys.forEach((key, values) -> keyCopy.put(key, List.copyOf(values)));
                copy.put(operator, java.util.Collections.unmodifiableMap(keyCopy));
            });
            conditions = java.util.Collections.unmodifiableMap(copy);
        }

        /** Returns the values of a condition key under an operator, if the statement has them. */
        public Optional<List<String>> condition(String operator, String key) {
            return Optional.ofNullable(conditions.get(operator)).map(keys -> keys.get(key));
        }

        /** Returns a name for messages: the Sid, or the statement's position. */
        public String label(int index) {
            return sid.orElse("statement " + (index + 1));
        }
    }
}

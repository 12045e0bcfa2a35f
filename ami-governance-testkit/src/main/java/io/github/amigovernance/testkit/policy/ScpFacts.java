package io.github.amigovernance.testkit.policy;

import io.github.amigovernance.testkit.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an SCP file says, read with the test kit's own JSON reader.
 *
 * @param version the {@code Version}
 * @param statements the statements, in file order
 */
public record ScpFacts(String version, List<Statement> statements) {

    /** Checks that no part is missing and copies the statements. */
    public ScpFacts {
        Objects.requireNonNull(version, "version");
        statements = List.copyOf(statements);
    }

    /**
     * Reads an SCP.
     *
     * @throws IllegalArgumentException if the text is not JSON or a part has another shape
     */
    public static ScpFacts read(String text) {
        return read(Json.parseObject(text));
    }

    /**
     * Reads a parsed SCP.
     *
     * @throws IllegalArgumentException if a part has another shape
     */
    public static ScpFacts read(Map<String, Object> policy) {
        String version = Tree.string(Tree.member(policy, "Version", ""), "Version");
        Object statementValue = Tree.member(policy, "Statement", "");
        List<Object> elements = statementValue instanceof List<?> list ? new ArrayList<>(list)
                : List.of(statementValue);
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            String path = "Statement[" + i + "]";
            statements.add(Statement.read(Tree.object(elements.get(i), path), path));
        }
        return new ScpFacts(version, statements);
    }

    /** Returns the statements whose {@code Action} names {@code action} exactly. */
    public List<Statement> denying(String action) {
        return statements.stream().filter(s -> s.effect().equals("Deny") && s.actions().contains(action)).toList();
    }

    /**
     * Returns the {@code ec2:Owner} allowlist: the values of the one statement that denies
     * {@code ec2:RunInstances}, or empty when no statement denies it.
     *
     * @throws IllegalArgumentException if several statements deny it, or it has no such condition
     */
    public Optional<List<String>> ownerAllowlist() {
        List<Statement> launch = denying("ec2:RunInstances");
        if (launch.isEmpty()) {
            return Optional.empty();
        }
        if (launch.size() > 1) {
            throw new IllegalArgumentException(launch.size() + " statements deny ec2:RunInstances; expected one");
        }
        return Optional.of(launch.get(0).condition("StringNotEquals", "ec2:Owner").orElseThrow(
                () -> new IllegalArgumentException("the launch statement has no StringNotEquals on ec2:Owner")));
    }

    /**
     * Returns the accounts exempt from the one statement that denies {@code action}: its
     * {@code StringNotEquals aws:PrincipalAccount} values.
     *
     * @throws IllegalArgumentException if not exactly one statement denies the action, or it has no
     *     such condition
     */
    public List<String> exemptionsFor(String action) {
        List<Statement> matching = denying(action);
        if (matching.size() != 1) {
            throw new IllegalArgumentException(matching.size() + " statements deny " + action + "; expected one");
        }
        return matching.get(0).condition("StringNotEquals", "aws:PrincipalAccount").orElseThrow(
                () -> new IllegalArgumentException("the statement denying " + action
                        + " has no StringNotEquals on aws:PrincipalAccount"));
    }

    /**
     * One statement.
     *
     * @param sid the {@code Sid}, when present
     * @param effect the {@code Effect}
     * @param actions the {@code Action} values
     * @param resources the {@code Resource} values
     * @param conditions the values of each condition key, by operator, then key
     */
    public record Statement(Optional<String> sid, String effect, List<String> actions, List<String> resources,
            Map<String, Map<String, List<String>>> conditions) {

        /** Checks that no part is missing and copies the collections. */
        public Statement {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(effect, "effect");
            actions = List.copyOf(actions);
            resources = List.copyOf(resources);
            Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
            conditions.forEach((operator, keys) -> copy.put(operator,
                    Collections.unmodifiableMap(new LinkedHashMap<>(keys))));
            conditions = Collections.unmodifiableMap(copy);
        }

        static Statement read(Map<String, Object> statement, String path) {
            Optional<String> sid = Optional.ofNullable(statement.get("Sid")).map(v -> Tree.string(v, path + ".Sid"));
            String effect = Tree.string(Tree.member(statement, "Effect", path), path + ".Effect");
            List<String> actions = Tree.stringOrStrings(Tree.member(statement, "Action", path), path + ".Action");
            List<String> resources = Tree.stringOrStrings(Tree.member(statement, "Resource", path),
                    path + ".Resource");
            Map<String, Map<String, List<String>>> conditions = new LinkedHashMap<>();
            Object condition = statement.get("Condition");
            if (condition != null) {
                Tree.object(condition, path + ".Condition").forEach((operator, keys) -> {
                    Map<String, List<String>> values = new LinkedHashMap<>();
                    String operatorPath = path + ".Condition." + operator;
                    Tree.object(keys, operatorPath).forEach((key, v) ->
                            values.put(key, Tree.stringOrStrings(v, operatorPath + "." + key)));
                    conditions.put(operator, values);
                });
            }
            return new Statement(sid, effect, actions, resources, conditions);
        }

        /** Returns the values of {@code key} under {@code operator}, if the statement has them. */
        public Optional<List<String>> condition(String operator, String key) {
            return Optional.ofNullable(conditions.get(operator)).map(keys -> keys.get(key));
        }
    }
}

package io.github.amigovernance.core.testing;

import io.github.amigovernance.core.drift.CaptureFiles;
import io.github.amigovernance.core.policy.PolicyKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes capture folders the way the AWS CLI prints its JSON output ({@code --output json}): four
 * spaces of indentation, {@code ": "} between a name and its value, non-ASCII characters as they
 * are, and a line break at the end. Tests use it to build captures of any deployed state;
 * {@code AwsCliOutputTest} checks it against output the AWS CLI printed.
 */
public final class AwsCliOutput {

    /** The management account in the ARNs written. */
    public static final String MANAGEMENT_ACCOUNT = "999988887777";

    /** The organization in the ARNs written. */
    public static final String ORGANIZATION = "o-a1b2c3d4e5";

    /**
     * A deployed policy.
     *
     * @param id the policy ID
     * @param kind its type
     * @param name its name
     * @param description its description
     * @param content its text
     * @param targets where it is attached
     * @param awsManaged whether AWS manages it, like FullAWSAccess
     */
    public record Policy(String id, PolicyKind kind, String name, String description, String content,
            List<Target> targets, boolean awsManaged) {

        /** Copies the list. */
        public Policy {
            targets = List.copyOf(targets);
        }

        /** Returns a policy that customers manage. */
        public static Policy of(String id, PolicyKind kind, String name, String description, String content,
                List<Target> targets) {
            return new Policy(id, kind, name, description, content, targets, false);
        }

        /** Returns this policy with other content. */
        public Policy withContent(String newContent) {
            return new Policy(id, kind, name, description, newContent, targets, awsManaged);
        }

        /** Returns this policy with another description. */
        public Policy withDescription(String newDescription) {
            return new Policy(id, kind, name, newDescription, content, targets, awsManaged);
        }

        /** Returns this policy under another name. */
        public Policy withName(String newName) {
            return new Policy(id, kind, newName, description, content, targets, awsManaged);
        }

        /** Returns this policy attached elsewhere. */
        public Policy withTargets(List<Target> newTargets) {
            return new Policy(id, kind, name, description, content, newTargets, awsManaged);
        }
    }

    /**
     * A root, OU or account a policy is attached to.
     *
     * @param id its ID
     * @param name its name
     */
    public record Target(String id, String name) {

        /** Returns a target named after its ID, as an account with no name would be. */
        public static Target of(String id) {
            return new Target(id, id.startsWith("r-") ? "Root" : id.startsWith("ou-") ? "OU " + id : "account " + id);
        }

        String type() {
            return id.startsWith("r-") ? "ROOT" : id.startsWith("ou-") ? "ORGANIZATIONAL_UNIT" : "ACCOUNT";
        }

        String arn() {
            String path = id.startsWith("r-") ? "root" : id.startsWith("ou-") ? "ou" : "account";
            return "arn:aws:organizations::" + MANAGEMENT_ACCOUNT + ":" + path + "/" + ORGANIZATION + "/" + id;
        }
    }

    private AwsCliOutput() {
    }

    /**
     * Writes what the capture script would write for an organization holding {@code policies}:
     * both lists, and the description and targets of every policy named {@code names}.
     */
    public static void write(Path directory, List<Policy> policies, List<String> names) throws IOException {
        Files.createDirectories(directory);
        for (PolicyKind kind : PolicyKind.values()) {
            List<Object> summaries = new ArrayList<>();
            for (Policy policy : policies) {
                if (policy.kind() == kind) {
                    summaries.add(summary(policy));
                }
            }
            write(directory.resolve(CaptureFiles.listPolicies(kind)), Map.of("Policies", summaries));
            for (Policy policy : policies) {
                if (policy.kind() == kind && names.contains(policy.name())) {
                    write(directory.resolve(CaptureFiles.describePolicy(policy.id())), describe(policy));
                    write(directory.resolve(CaptureFiles.listTargetsForPolicy(policy.id())), targets(policy));
                }
            }
        }
    }

    /** Returns the output of {@code describe-policy} for the policy. */
    public static Map<String, Object> describe(Policy policy) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("PolicySummary", summary(policy));
        inner.put("Content", policy.content());
        return Map.of("Policy", inner);
    }

    /** Returns the output of {@code list-targets-for-policy} for the policy. */
    public static Map<String, Object> targets(Policy policy) {
        List<Object> targets = new ArrayList<>();
        for (Target target : policy.targets()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("TargetId", target.id());
            entry.put("Arn", target.arn());
            entry.put("Name", target.name());
            entry.put("Type", target.type());
            targets.add(entry);
        }
        return Map.of("Targets", targets);
    }

    private static Map<String, Object> summary(Policy policy) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("Id", policy.id());
        String type = policy.kind().organizationsType();
        summary.put("Arn", policy.awsManaged()
                ? "arn:aws:organizations::aws:policy/" + type.toLowerCase(Locale.ROOT) + "/" + policy.id()
                : "arn:aws:organizations::" + MANAGEMENT_ACCOUNT + ":policy/" + ORGANIZATION + "/"
                        + type.toLowerCase(Locale.ROOT) + "/" + policy.id());
        summary.put("Name", policy.name());
        summary.put("Description", policy.description());
        summary.put("Type", type);
        summary.put("AwsManaged", policy.awsManaged());
        return summary;
    }

    /** Writes one value as the AWS CLI prints it. */
    public static void write(Path file, Object value) throws IOException {
        Files.writeString(file, format(value), StandardCharsets.UTF_8);
    }

    /** Returns the value as the AWS CLI prints it. */
    public static String format(Object value) {
        StringBuilder out = new StringBuilder();
        format(out, value, 0);
        return out.append('\n').toString();
    }

    private static void format(StringBuilder out, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                indent(out, depth + 1);
                string(out, (String) entry.getKey());
                out.append(": ");
                format(out, entry.getValue(), depth + 1);
                out.append(++i < map.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append('}');
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < list.size(); i++) {
                indent(out, depth + 1);
                format(out, list.get(i), depth + 1);
                out.append(i + 1 < list.size() ? ",\n" : "\n");
            }
            indent(out, depth);
            out.append(']');
        } else if (value instanceof String text) {
            string(out, text);
        } else {
            out.append(value);
        }
    }

    private static void indent(StringBuilder out, int depth) {
        out.append("    ".repeat(depth));
    }

    private static void string(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonNull;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.PolicyKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a capture folder: the JSON the AWS CLI printed for {@code list-policies},
 * {@code describe-policy} and {@code list-targets-for-policy} (see {@link CaptureFiles}), and finds
 * in it the two policies a config names.
 *
 * <p>Fields the AWS CLI may add in future are ignored; the fields read are checked strictly. A
 * capture that cannot be trusted (a file missing or malformed, a list cut short at a page
 * boundary, files that contradict each other) is bad input, reported with every problem at once
 * and the exact command that writes the missing file; it is never mistaken for drift.
 */
public final class CaptureReader {

    private static final String CONTENT_PATH = "Policy.Content";

    private final Path directory;
    private final List<InputProblem> problems = new ArrayList<>();

    private CaptureReader(Path directory) {
        this.directory = directory;
    }

    /**
     * Reads the capture of the two policies {@code deployment} names.
     *
     * @param directory the capture folder
     * @param deployment the names to look for
     * @return what the folder says about each policy
     * @throws InvalidInputException if the folder or a file it needs is missing, unreadable or
     *     malformed; it carries every problem found
     */
    public static Capture read(Path directory, Deployment deployment) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(List.of(InputProblem.of(directory.toString(), Files.exists(directory)
                    ? "is not a folder; expected the folder the deployed policies were captured into"
                    : "no such folder; capture the deployed policies into it first (see capture-ami-governance.sh)")));
        }
        CaptureReader reader = new CaptureReader(directory);
        CapturedPolicy declarative = reader.policy(PolicyKind.DECLARATIVE_POLICY_EC2, deployment.declarative());
        CapturedPolicy scp = reader.policy(PolicyKind.SERVICE_CONTROL_POLICY, deployment.scp());
        if (!reader.problems.isEmpty()) {
            throw new InvalidInputException(reader.problems);
        }
        return new Capture(directory.toString(), declarative, scp);
    }

    private CapturedPolicy policy(PolicyKind kind, PolicyMetadata metadata) {
        Path listFile = directory.resolve(CaptureFiles.listPolicies(kind));
        Problems listProblems = new Problems(listFile.toString());
        List<String> ids = new ArrayList<>();
        read(listFile, CaptureFiles.listPoliciesCommand(kind), listProblems).flatMap(root -> {
            checkComplete(root, listProblems);
            return array(root, "", "Policies", "the list of policies", listProblems);
        }).ifPresent(policies -> {
            for (int i = 0; i < policies.elements().size(); i++) {
                String path = JsonPath.element("Policies", i);
                Optional<JsonObject> summary = object(policies.elements().get(i), path, "a policy summary",
                        listProblems);
                if (summary.isEmpty()) {
                    continue;
                }
                Optional<String> id = string(summary.get(), path, "Id", listProblems);
                Optional<String> name = string(summary.get(), path, "Name", listProblems);
                checkType(summary.get(), path, kind, listProblems);
                if (id.isPresent() && name.filter(metadata.name()::equals).isPresent()) {
                    ids.add(id.get());
                }
            }
        });
        problems.addAll(listProblems.list());
        if (!listProblems.isEmpty() || ids.isEmpty()) {
            return new CapturedPolicy.Missing(listFile.toString());
        }
        if (ids.size() > 1) {
            return new CapturedPolicy.Ambiguous(ids, listFile.toString());
        }
        String id = ids.get(0);
        Optional<DeployedPolicy> described = describe(kind, id, metadata);
        List<DeployedTarget> targets = targets(id);
        return described.<CapturedPolicy>map(p -> new CapturedPolicy.Found(new DeployedPolicy(p.kind(), p.id(),
                p.name(), p.description(), p.content(), p.contentTree(), p.source(), targets)))
                .orElseGet(() -> new CapturedPolicy.Missing(listFile.toString()));
    }

    private Optional<DeployedPolicy> describe(PolicyKind kind, String id, PolicyMetadata metadata) {
        Path file = directory.resolve(CaptureFiles.describePolicy(id));
        Problems fileProblems = new Problems(file.toString());
        Optional<DeployedPolicy> result = read(file, CaptureFiles.describePolicyCommand(id), fileProblems)
                .flatMap(root -> member(root, "", "Policy", "the policy", fileProblems))
                .flatMap(policy -> object(policy, "Policy", "an object with PolicySummary and Content", fileProblems))
                .flatMap(policy -> {
                    Optional<JsonObject> summary = member(policy, "Policy", "PolicySummary", "the policy summary",
                            fileProblems).flatMap(v -> object(v, "Policy.PolicySummary", "a policy summary",
                                    fileProblems));
                    Optional<String> content = member(policy, "Policy", "Content", "the policy text", fileProblems)
                            .flatMap(v -> contentText(v, fileProblems));
                    if (summary.isEmpty() || content.isEmpty()) {
                        return Optional.empty();
                    }
                    String summaryPath = "Policy.PolicySummary";
                    Optional<String> describedId = string(summary.get(), summaryPath, "Id", fileProblems);
                    describedId.filter(d -> !d.equals(id)).ifPresent(d -> fileProblems.add(
                            JsonPath.member(summaryPath, "Id"), summary.get().member("Id").get().value(),
                            "this file describes policy " + d + ", but " + CaptureFiles.listPolicies(kind)
                                    + " lists policy " + id + " under the name " + Quoting.quote(metadata.name())
                                    + "; capture both again"));
                    Optional<String> name = string(summary.get(), summaryPath, "Name", fileProblems);
                    String description = summary.get().member("Description").map(Member::value)
                            .flatMap(v -> optionalString(v, JsonPath.member(summaryPath, "Description"), fileProblems))
                            .orElse("");
                    checkType(summary.get(), summaryPath, kind, fileProblems);
                    Optional<JsonValue> tree = parseContent(file, content.get());
                    if (!fileProblems.isEmpty() || name.isEmpty() || tree.isEmpty()) {
                        return Optional.empty();
                    }
                    return Optional.of(new DeployedPolicy(kind, id, name.get(), description, content.get(),
                            tree.get(), contentSource(file), List.of()));
                });
        problems.addAll(fileProblems.list());
        return result;
    }

    private List<DeployedTarget> targets(String id) {
        Path file = directory.resolve(CaptureFiles.listTargetsForPolicy(id));
        Problems fileProblems = new Problems(file.toString());
        List<DeployedTarget> targets = new ArrayList<>();
        read(file, CaptureFiles.listTargetsForPolicyCommand(id), fileProblems).flatMap(root -> {
            checkComplete(root, fileProblems);
            return array(root, "", "Targets", "the list of targets", fileProblems);
        }).ifPresent(array -> {
            for (int i = 0; i < array.elements().size(); i++) {
                String path = JsonPath.element("Targets", i);
                object(array.elements().get(i), path, "a target summary", fileProblems).ifPresent(target -> {
                    Optional<String> targetId = string(target, path, "TargetId", fileProblems);
                    targetId.filter(t -> TargetId.kindOf(t).isEmpty()).ifPresent(t -> fileProblems.add(
                            JsonPath.member(path, "TargetId"), target.member("TargetId").get().value(),
                            "expected a root, OU or account ID, found " + Quoting.quote(t)));
                    String type = target.member("Type").map(Member::value)
                            .flatMap(v -> optionalString(v, JsonPath.member(path, "Type"), fileProblems)).orElse("");
                    String name = target.member("Name").map(Member::value)
                            .flatMap(v -> optionalString(v, JsonPath.member(path, "Name"), fileProblems)).orElse("");
                    targetId.filter(t -> TargetId.kindOf(t).isPresent())
                            .ifPresent(t -> targets.add(new DeployedTarget(t, type, name)));
                });
            }
        });
        problems.addAll(fileProblems.list());
        return targets;
    }

    private Optional<String> contentText(JsonValue value, Problems fileProblems) {
        if (value instanceof JsonString text) {
            return Optional.of(text.value());
        }
        fileProblems.add(CONTENT_PATH, value, "expected the policy text as a JSON string holding JSON, as"
                + " aws organizations describe-policy prints it, found " + value.describe());
        return Optional.empty();
    }

    private Optional<JsonValue> parseContent(Path file, String content) {
        Problems contentProblems = new Problems(contentSource(file));
        Optional<JsonValue> tree = new JsonTreeReader().read(content.getBytes(StandardCharsets.UTF_8),
                contentProblems);
        problems.addAll(contentProblems.list());
        return contentProblems.isEmpty() ? tree : Optional.empty();
    }

    private static String contentSource(Path file) {
        return file + " (" + CONTENT_PATH + ")";
    }

    private Optional<JsonObject> read(Path file, String command, Problems fileProblems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > JsonTreeReader.DEFAULT_MAX_BYTES) {
                fileProblems.add("the file is " + size + " bytes, more than the limit of "
                        + JsonTreeReader.DEFAULT_MAX_BYTES + " bytes; expected the output of " + command);
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            fileProblems.add("no such file; write it with: " + command + " > " + file);
            return Optional.empty();
        } catch (AccessDeniedException e) {
            fileProblems.add("permission denied");
            return Optional.empty();
        } catch (IOException e) {
            fileProblems.add("could not be read: " + e.getMessage());
            return Optional.empty();
        }
        return new JsonTreeReader().read(bytes, fileProblems)
                .flatMap(root -> object(root, "", "a JSON object, as " + command + " prints it", fileProblems));
    }

    /** Reports a list that stops at a page boundary: the AWS CLI sets NextToken when it did not fetch every page. */
    private static void checkComplete(JsonObject root, Problems fileProblems) {
        root.member("NextToken").filter(m -> !(m.value() instanceof JsonNull)).ifPresent(m -> fileProblems.add(
                "NextToken", m.value(), "the output stops at a page boundary, so it may leave out policies or"
                        + " targets; capture it again without --max-items and --no-paginate"));
    }

    private static void checkType(JsonObject summary, String path, PolicyKind kind, Problems fileProblems) {
        string(summary, path, "Type", fileProblems).filter(type -> !type.equals(kind.organizationsType()))
                .ifPresent(type -> fileProblems.add(JsonPath.member(path, "Type"), summary.member("Type").get().value(),
                        "expected a policy of type " + kind.organizationsType() + ", found " + Quoting.quote(type)
                                + "; capture it with " + CaptureFiles.listPoliciesCommand(kind)));
    }

    private static Optional<JsonValue> member(JsonObject object, String path, String name, String expected,
            Problems fileProblems) {
        Optional<JsonValue> value = object.member(name).map(Member::value);
        if (value.isEmpty()) {
            fileProblems.add(path, object.location(), "missing field " + Quoting.quote(name) + "; expected "
                    + expected);
        }
        return value;
    }

    private static Optional<JsonObject> object(JsonValue value, String path, String expected, Problems fileProblems) {
        if (value instanceof JsonObject object) {
            return Optional.of(object);
        }
        fileProblems.add(path, value, "expected " + expected + " (a JSON object), found " + value.describe());
        return Optional.empty();
    }

    private static Optional<JsonArray> array(JsonObject object, String path, String name, String expected,
            Problems fileProblems) {
        return member(object, path, name, expected, fileProblems).flatMap(value -> {
            if (value instanceof JsonArray array) {
                return Optional.of(array);
            }
            fileProblems.add(JsonPath.member(path, name), value, "expected " + expected + " (a JSON array), found "
                    + value.describe());
            return Optional.empty();
        });
    }

    private static Optional<String> string(JsonObject object, String path, String name, Problems fileProblems) {
        return member(object, path, name, "a string", fileProblems)
                .flatMap(value -> optionalString(value, JsonPath.member(path, name), fileProblems));
    }

    private static Optional<String> optionalString(JsonValue value, String path, Problems fileProblems) {
        if (value instanceof JsonString text) {
            return Optional.of(text.value());
        }
        fileProblems.add(path, value, "expected a JSON string, found " + value.describe());
        return Optional.empty();
    }
}

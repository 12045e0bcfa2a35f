package io.github.amigovernance.core.impact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonNull;
import io.github.amigovernance.core.json.JsonValue.JsonNumber;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.json.SourceLocation;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ProviderAlias;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one AWS CLI capture file into an {@link Inventory}. The kind of capture is told by its
 * top-level key, exactly as the CLI prints it, so that a capture split over several files (or named
 * freely) is read all the same:
 * <ul>
 *   <li>{@code InstanceImageMetadata}: {@code aws ec2 describe-instance-image-metadata}</li>
 *   <li>{@code Images}: {@code aws ec2 describe-images}</li>
 *   <li>{@code LaunchTemplateVersions}: {@code aws ec2 describe-launch-template-versions}</li>
 *   <li>{@code AutoScalingGroups}: {@code aws autoscaling describe-auto-scaling-groups}</li>
 *   <li>{@code LaunchConfigurations}: {@code aws autoscaling describe-launch-configurations}</li>
 * </ul>
 * The file is streamed; only one record at a time is held as a tree. Fields AWS adds over time are
 * ignored. A record that lacks what this reader needs is reported with its position and skipped.
 * Not thread-safe: one reader per worker.
 */
final class CaptureReader {

    static final String INSTANCES = "InstanceImageMetadata";
    static final String IMAGES = "Images";
    static final String TEMPLATE_VERSIONS = "LaunchTemplateVersions";
    static final String GROUPS = "AutoScalingGroups";
    static final String LAUNCH_CONFIGURATIONS = "LaunchConfigurations";

    private static final List<String> KINDS = List.of(INSTANCES, IMAGES, TEMPLATE_VERSIONS, GROUPS,
            LAUNCH_CONFIGURATIONS);
    private static final Set<String> NOT_CHECKED_STATES = Set.of("shutting-down", "terminated");
    private static final String GROUP_TAG = "aws:autoscaling:groupName";

    private final WorkerState state;

    CaptureReader(WorkerState state) {
        this.state = state;
    }

    /** Reads the capture {@code file} from {@code parser}, which stands before the first token. */
    void read(InputFile file, JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            state.problems.add(file, "", JsonInputs.tokenLocation(parser), "expected AWS CLI output in JSON (an object"
                    + " such as {\"Images\": [...]}), found " + JsonInputs.describe(parser, first));
            return;
        }
        state.accounts.add(file.account().value());
        state.captureAccounts.add(file.account().value());
        state.regions.add(file.region());
        List<String> seen = new ArrayList<>();
        boolean known = false;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            seen.add(name);
            if (KINDS.contains(name)) {
                known = true;
                readRecords(file, parser, value, name);
            } else if ("NextToken".equals(name) && value == JsonToken.VALUE_STRING) {
                state.problems.add(file, "NextToken", JsonInputs.tokenLocation(parser), "the capture stops at a page"
                        + " boundary (NextToken is set), so it is incomplete; capture without --max-items or"
                        + " --no-paginate");
            } else {
                parser.skipChildren();
            }
        }
        if (!known) {
            state.problems.add(file, "", new SourceLocation(1, 1), unknownCapture(seen));
        }
        if (!JsonInputs.atEnd(parser)) {
            state.problems.add(file, "", JsonInputs.tokenLocation(parser), "unexpected content after the end of the"
                    + " top-level object; expected the end of the file");
        }
    }

    private static String unknownCapture(List<String> seen) {
        String found = seen.isEmpty() ? "an empty object" : "the top-level fields " + String.join(", ", seen);
        String hint = seen.contains("Reservations")
                ? "; this looks like describe-instances output, capture describe-instance-image-metadata instead"
                : "";
        return "not a capture this tool reads: found " + found + "; expected one of " + String.join(", ", KINDS) + hint;
    }

    private void readRecords(InputFile file, JsonParser parser, JsonToken value, String kind) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            state.problems.add(file, kind, JsonInputs.tokenLocation(parser), "expected an array, found "
                    + JsonInputs.describe(parser, value));
            parser.skipChildren();
            return;
        }
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            JsonValue record = RecordTree.read(parser);
            Fields fields = new Fields(file, JsonPath.element(kind, index++));
            if (!(record instanceof JsonObject object)) {
                fields.problem("", record.location(), "expected a record (a JSON object), found " + record.describe());
                continue;
            }
            switch (kind) {
                case INSTANCES -> instance(file, object, fields);
                case IMAGES -> image(file, object, fields);
                case TEMPLATE_VERSIONS -> templateVersion(file, object, fields);
                case GROUPS -> autoScalingGroup(file, object, fields);
                case LAUNCH_CONFIGURATIONS -> launchConfiguration(file, object, fields);
                default -> throw new IllegalStateException("no reader for " + kind);
            }
        }
    }

    private void instance(InputFile file, JsonObject record, Fields fields) {
        String instanceId = fields.requiredString(record, "InstanceId", "the instance ID");
        String instanceState = Optional.ofNullable(fields.object(record, "State"))
                .map(s -> fields.string(s, "State.Name")).orElse("unknown");
        if (instanceId == null) {
            return;
        }
        if (NOT_CHECKED_STATES.contains(instanceState)) {
            state.instancesNotChecked++;
            return;
        }
        String imageId = null;
        ImageOwner owner = null;
        JsonObject metadata = fields.object(record, "ImageMetadata");
        if (metadata != null) {
            imageId = fields.string(metadata, "ImageMetadata.ImageId");
            owner = fields.owner(metadata, "ImageMetadata.OwnerId", "ImageMetadata.ImageOwnerAlias", false);
            if (imageId != null && owner != null) {
                Boolean isPublic = fields.bool(metadata, "ImageMetadata.IsPublic");
                String name = fields.string(metadata, "ImageMetadata.Name");
                state.inventory.addImage(new Inventory.Image(imageId, owner, Boolean.TRUE.equals(isPublic),
                        name == null ? "" : name, file.account(), file.region()));
            }
        }
        String group = null;
        for (JsonValue tag : fields.array(record, "Tags")) {
            if (tag instanceof JsonObject t && GROUP_TAG.equals(stringOrNull(t, "Key"))) {
                group = stringOrNull(t, "Value");
            }
        }
        String operator = null;
        JsonObject op = fields.object(record, "Operator");
        if (op != null && Boolean.TRUE.equals(fields.bool(op, "Operator.Managed"))) {
            operator = fields.string(op, "Operator.Principal");
        }
        state.inventory.instances.add(new Inventory.Instance(file.account(), file.region(), instanceId,
                instanceState, imageId, owner, group, operator));
    }

    private void image(InputFile file, JsonObject record, Fields fields) {
        String imageId = fields.requiredString(record, "ImageId", "the image ID");
        ImageOwner owner = fields.owner(record, "OwnerId", "ImageOwnerAlias", true);
        if (imageId == null || owner == null) {
            return;
        }
        Boolean isPublic = fields.bool(record, "Public");
        String name = fields.string(record, "Name");
        state.inventory.addImage(new Inventory.Image(imageId, owner, Boolean.TRUE.equals(isPublic),
                name == null ? "" : name, file.account(), file.region()));
    }

    private void templateVersion(InputFile file, JsonObject record, Fields fields) {
        String templateId = fields.requiredString(record, "LaunchTemplateId", "the launch template ID");
        String templateName = fields.string(record, "LaunchTemplateName");
        Long version = fields.requiredWholeNumber(record, "VersionNumber", "the version number");
        Boolean isDefault = fields.bool(record, "DefaultVersion");
        JsonObject data = fields.object(record, "LaunchTemplateData");
        String imageId = data == null ? null : fields.string(data, "LaunchTemplateData.ImageId");
        if (templateId == null || version == null) {
            return;
        }
        state.inventory.templateVersions.add(new Inventory.TemplateVersion(file.account(), file.region(), templateId,
                templateName == null ? "" : templateName, version, Boolean.TRUE.equals(isDefault), imageId));
    }

    private void autoScalingGroup(InputFile file, JsonObject record, Fields fields) {
        String name = fields.requiredString(record, "AutoScalingGroupName", "the group name");
        List<Inventory.TemplateRef> templates = new ArrayList<>();
        JsonObject template = fields.object(record, "LaunchTemplate");
        if (template != null) {
            fields.templateRef(template, "LaunchTemplate").ifPresent(templates::add);
        }
        JsonObject mixed = fields.object(record, "MixedInstancesPolicy");
        JsonObject mixedTemplate = mixed == null ? null : fields.object(mixed, "MixedInstancesPolicy.LaunchTemplate");
        if (mixedTemplate != null) {
            String base = "MixedInstancesPolicy.LaunchTemplate";
            JsonObject spec = fields.object(mixedTemplate, base + ".LaunchTemplateSpecification");
            if (spec != null) {
                fields.templateRef(spec, base + ".LaunchTemplateSpecification").ifPresent(templates::add);
            }
            List<JsonValue> overrides = fields.array(mixedTemplate, base + ".Overrides");
            for (int i = 0; i < overrides.size(); i++) {
                String overridePath = JsonPath.element(base + ".Overrides", i);
                if (overrides.get(i) instanceof JsonObject override) {
                    JsonObject overrideSpec = fields.object(override, overridePath + ".LaunchTemplateSpecification");
                    if (overrideSpec != null) {
                        fields.templateRef(overrideSpec, overridePath + ".LaunchTemplateSpecification")
                                .ifPresent(templates::add);
                    }
                }
            }
        }
        String configuration = fields.string(record, "LaunchConfigurationName");
        if (name == null) {
            return;
        }
        if (template == null && mixedTemplate == null && configuration == null) {
            fields.problem("", record.location(), "Auto Scaling group " + Quoting.quote(name) + " names neither a"
                    + " launch template nor a launch configuration; expected LaunchTemplate, MixedInstancesPolicy or"
                    + " LaunchConfigurationName");
            return;
        }
        state.inventory.autoScalingGroups.add(new Inventory.AutoScalingGroup(file.account(), file.region(), name,
                templates, configuration));
    }

    private void launchConfiguration(InputFile file, JsonObject record, Fields fields) {
        String name = fields.requiredString(record, "LaunchConfigurationName", "the launch configuration name");
        String imageId = fields.requiredString(record, "ImageId", "the image ID");
        if (name != null && imageId != null) {
            state.inventory.launchConfigurations.add(new Inventory.LaunchConfiguration(file.account(), file.region(),
                    name, imageId));
        }
    }

    private static String stringOrNull(JsonObject object, String name) {
        return object.member(name).map(Member::value).filter(JsonString.class::isInstance)
                .map(v -> ((JsonString) v).value()).orElse(null);
    }

    /**
     * Reads typed fields of one record, reporting a value of the wrong type with its JSON path.
     * Paths passed in are relative to the record, such as {@code ImageMetadata.OwnerId}.
     */
    private final class Fields {
        private final InputFile file;
        private final String recordPath;

        Fields(InputFile file, String recordPath) {
            this.file = file;
            this.recordPath = recordPath;
        }

        void problem(String relative, SourceLocation at, String message) {
            String path = relative.isEmpty() ? recordPath : recordPath + "." + relative;
            state.problems.add(file, path, at, message);
        }

        private JsonValue value(JsonObject object, String relative) {
            String name = relative.substring(relative.lastIndexOf('.') + 1);
            JsonValue value = object.member(name).map(Member::value).orElse(null);
            return value instanceof JsonNull ? null : value;
        }

        String string(JsonObject object, String relative) {
            JsonValue value = value(object, relative);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonString text) {
                return text.value();
            }
            problem(relative, value.location(), "expected a string, found " + value.describe());
            return null;
        }

        String requiredString(JsonObject object, String relative, String what) {
            JsonValue value = value(object, relative);
            if (value == null) {
                problem("", object.location(), "missing " + Quoting.quote(relative) + "; expected " + what
                        + "; the record is skipped");
                return null;
            }
            String text = string(object, relative);
            if (text != null && text.isEmpty()) {
                problem(relative, value.location(), "expected " + what + ", found an empty string");
                return null;
            }
            return text;
        }

        Long requiredWholeNumber(JsonObject object, String relative, String what) {
            JsonValue value = value(object, relative);
            if (value == null) {
                problem("", object.location(), "missing " + Quoting.quote(relative) + "; expected " + what
                        + "; the record is skipped");
                return null;
            }
            if (value instanceof JsonNumber number && number.integral() && number.text().length() < 19) {
                return Long.parseLong(number.text());
            }
            problem(relative, value.location(), "expected " + what + " (a whole number), found " + value.describe());
            return null;
        }

        Boolean bool(JsonObject object, String relative) {
            JsonValue value = value(object, relative);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonBoolean b) {
                return b.value();
            }
            problem(relative, value.location(), "expected true or false, found " + value.describe());
            return null;
        }

        JsonObject object(JsonObject object, String relative) {
            JsonValue value = value(object, relative);
            if (value == null) {
                return null;
            }
            if (value instanceof JsonObject inner) {
                return inner;
            }
            problem(relative, value.location(), "expected an object, found " + value.describe());
            return null;
        }

        List<JsonValue> array(JsonObject object, String relative) {
            JsonValue value = value(object, relative);
            if (value == null) {
                return List.of();
            }
            if (value instanceof JsonArray array) {
                return array.elements();
            }
            problem(relative, value.location(), "expected an array, found " + value.describe());
            return List.of();
        }

        /** Reads an image owner: a 12-digit account ID and, optionally, an owner alias Allowed AMIs knows. */
        ImageOwner owner(JsonObject object, String idPath, String aliasPath, boolean required) {
            String id = required ? requiredString(object, idPath, "the owner's 12-digit account ID")
                    : string(object, idPath);
            if (id == null) {
                return null;
            }
            if (!AccountId.isValid(id)) {
                JsonValue value = value(object, idPath);
                problem(idPath, value.location(), "expected the owner's account ID (12 ASCII digits), found "
                        + Quoting.quote(id) + "; the image's owner is unknown");
                return null;
            }
            String alias = string(object, aliasPath);
            Optional<ProviderAlias> known = alias == null ? Optional.empty() : ProviderAlias.fromScpName(alias);
            return new ImageOwner(AccountId.of(id), known);
        }

        /** Reads {@code {LaunchTemplateId, LaunchTemplateName, Version}} as Auto Scaling writes it. */
        Optional<Inventory.TemplateRef> templateRef(JsonObject spec, String relative) {
            String id = string(spec, relative + ".LaunchTemplateId");
            String name = string(spec, relative + ".LaunchTemplateName");
            String version = string(spec, relative + ".Version");
            if (id == null && name == null) {
                problem(relative, spec.location(), "names no launch template; expected LaunchTemplateId or"
                        + " LaunchTemplateName");
                return Optional.empty();
            }
            return Optional.of(new Inventory.TemplateRef(id, name, version == null ? "$Default" : version));
        }
    }
}

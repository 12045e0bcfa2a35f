package io.github.amigovernance.core.impact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.SourceLocation;
import io.github.amigovernance.core.model.AccountId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one CloudTrail log file ({@code {"Records": [...]}}) as a stream and counts its
 * RunInstances calls into a {@link LaunchLog}.
 *
 * <p>The file is never held in memory: each record is walked token by token, and the large parts
 * of records that are not launches ({@code requestParameters}, {@code responseElements}) are
 * skipped without being decoded. Fields may come in any order; when {@code eventName} comes after
 * the parameters, the few values a launch needs are picked out of them anyway. A record that does
 * not have the shape CloudTrail writes is reported with its position and skipped; the rest of the
 * file is still read. Not thread-safe: one reader per worker.
 */
final class CloudTrailReader {

    private static final String EC2 = "ec2.amazonaws.com";
    private static final String RUN_INSTANCES = "RunInstances";
    private static final Set<String> OTHER_LAUNCH_EVENTS = Set.of("CreateFleet", "RequestSpotInstances",
            "RequestSpotFleet", "CreateReplaceRootVolumeTask");
    private static final String SERVICE_ROLE_PATH = ":role/aws-service-role/";

    private final WorkerState state;

    CloudTrailReader(WorkerState state) {
        this.state = state;
    }

    /** Reads the records of {@code file} from {@code parser}, which stands before the first token. */
    void read(InputFile file, JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
            state.problems.add(file, "", JsonInputs.tokenLocation(parser), "expected a CloudTrail log file, a JSON"
                    + " object with a \"Records\" array; found " + JsonInputs.describe(parser, first));
            return;
        }
        boolean sawRecords = false;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if (!"Records".equals(name)) {
                parser.skipChildren();
                continue;
            }
            sawRecords = true;
            if (value != JsonToken.START_ARRAY) {
                state.problems.add(file, "Records", JsonInputs.tokenLocation(parser), "expected an array of event"
                        + " records, found " + JsonInputs.describe(parser, value));
                parser.skipChildren();
                continue;
            }
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                readRecord(file, parser, token, index++);
            }
        }
        if (!sawRecords) {
            state.problems.add(file, "", new SourceLocation(1, 1), "no \"Records\" array; expected a CloudTrail log"
                    + " file as CloudTrail writes it to S3 (digest and Insights files are not read)");
        }
        if (!JsonInputs.atEnd(parser)) {
            state.problems.add(file, "", JsonInputs.tokenLocation(parser), "unexpected content after the end of the"
                    + " top-level object; expected the end of the file");
        }
    }

    private void readRecord(InputFile file, JsonParser parser, JsonToken token, int index) throws IOException {
        SourceLocation at = JsonInputs.tokenLocation(parser);
        state.cloudTrailRecords++;
        if (token != JsonToken.START_OBJECT) {
            state.problems.add(file, JsonPath.element("Records", index), at, "expected an event record (a JSON"
                    + " object), found " + JsonInputs.describe(parser, token));
            parser.skipChildren();
            return;
        }
        Record record = new Record();
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if ("eventName".equals(name)) {
                record.eventName = scalar(record, parser, value, name);
            } else if ("eventSource".equals(name)) {
                record.eventSource = scalar(record, parser, value, name);
            } else if (!record.mayBeLaunch()) {
                // Once a record is known not to be a launch, nothing else in it is decoded.
                parser.skipChildren();
            } else {
                readLaunchField(record, parser, value, name);
            }
        }
        if (!EC2.equals(record.eventSource) || record.eventName == null) {
            return;
        }
        if (OTHER_LAUNCH_EVENTS.contains(record.eventName)) {
            state.otherLaunchEvents++;
        } else if (RUN_INSTANCES.equals(record.eventName)) {
            state.launchEvents++;
            countLaunch(file, JsonPath.element("Records", index), at, record);
        }
    }

    private static void readLaunchField(Record record, JsonParser parser, JsonToken value, String name)
            throws IOException {
        switch (name) {
            case "awsRegion" -> record.region = scalar(record, parser, value, name);
            case "errorCode" -> record.errorCode = scalar(record, parser, value, name);
            case "recipientAccountId" -> record.recipientAccount = scalar(record, parser, value, name);
            case "eventID" -> record.eventId = scalar(record, parser, value, name);
            case "eventTime" -> record.eventTime = scalar(record, parser, value, name);
            case "userIdentity" -> readIdentity(record, parser, value);
            case "requestParameters" -> readRequest(record, parser, value);
            case "responseElements" -> readResponse(record, parser, value);
            default -> parser.skipChildren();
        }
    }

    private void countLaunch(InputFile file, String path, SourceLocation at, Record record) {
        if (record.badField != null) {
            state.problems.add(file, JsonPath.member(path, record.badField), record.badFieldAt,
                    "expected a string, found " + record.badFieldValue + "; the launch is not counted");
            return;
        }
        AccountId account = account(record);
        if (account == null) {
            state.problems.add(file, path, at, "a RunInstances record without a 12-digit recipientAccountId or"
                    + " userIdentity.accountId; the launch is not counted");
            return;
        }
        if (record.region == null || record.region.isEmpty()) {
            state.problems.add(file, path, at, "a RunInstances record without an awsRegion; the launch is not counted");
            return;
        }
        state.accounts.add(account.value());
        state.regions.add(record.region);
        LaunchLog.Launcher launcher = launcher(record);
        String principal = principal(record, launcher);
        String outcome = record.errorCode == null ? LaunchLog.SUCCEEDED : record.errorCode;
        Map<String, Long> images = record.launchedImages();
        if (!images.isEmpty()) {
            for (Map.Entry<String, Long> image : images.entrySet()) {
                LaunchLog.Key key = new LaunchLog.Key(account, record.region, image.getKey(), null, launcher, outcome);
                state.launches.add(key, record.eventId, principal, record.eventTime, image.getValue());
            }
            return;
        }
        LaunchLog.Key key = new LaunchLog.Key(account, record.region, "", record.template, launcher, outcome);
        state.launches.add(key, record.eventId, principal, record.eventTime, 0);
    }

    private static AccountId account(Record record) {
        if (AccountId.isValid(record.recipientAccount)) {
            return AccountId.of(record.recipientAccount);
        }
        if (AccountId.isValid(record.identityAccount)) {
            return AccountId.of(record.identityAccount);
        }
        return null;
    }

    private static LaunchLog.Launcher launcher(Record record) {
        if (!record.hasIdentity) {
            return LaunchLog.Launcher.UNKNOWN;
        }
        if ("AWSService".equals(record.identityType)
                || record.issuerArn != null && record.issuerArn.contains(SERVICE_ROLE_PATH)) {
            return LaunchLog.Launcher.AWS_SERVICE;
        }
        return LaunchLog.Launcher.PRINCIPAL;
    }

    private static String principal(Record record, LaunchLog.Launcher launcher) {
        return switch (launcher) {
            case UNKNOWN -> "(no userIdentity)";
            case AWS_SERVICE -> record.invokedBy != null ? record.invokedBy
                    : record.issuerArn != null ? record.issuerArn : "(an AWS service)";
            case PRINCIPAL -> record.issuerArn != null ? record.issuerArn
                    : record.identityArn != null ? record.identityArn
                    : record.identityType != null ? "(" + record.identityType + ")" : "(unnamed principal)";
        };
    }

    /** Reads a string field; records what else it found, to be reported if the record turns out to be a launch. */
    private static String scalar(Record record, JsonParser parser, JsonToken value, String name) throws IOException {
        if (value == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        if (value != JsonToken.VALUE_NULL && record.badField == null) {
            record.badField = name;
            record.badFieldAt = JsonInputs.tokenLocation(parser);
            record.badFieldValue = JsonInputs.describe(parser, value);
        }
        parser.skipChildren();
        return null;
    }

    private static void readIdentity(Record record, JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        record.hasIdentity = true;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "type" -> record.identityType = text(parser, token);
                case "arn" -> record.identityArn = text(parser, token);
                case "accountId" -> record.identityAccount = text(parser, token);
                case "invokedBy" -> record.invokedBy = text(parser, token);
                case "sessionContext" -> readSessionContext(record, parser, token);
                default -> parser.skipChildren();
            }
        }
    }

    private static void readSessionContext(Record record, JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (!"sessionIssuer".equals(name) || token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                JsonToken inner = parser.nextToken();
                if ("arn".equals(field)) {
                    record.issuerArn = text(parser, inner);
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /** Picks out {@code instancesSet.items[].imageId} and {@code launchTemplate} from a RunInstances request. */
    private static void readRequest(Record record, JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if ("instancesSet".equals(name)) {
                readItems(parser, token, (item, itemToken) -> readRequestItem(record, item, itemToken));
            } else if ("launchTemplate".equals(name) && token == JsonToken.START_OBJECT) {
                String id = null;
                String templateName = null;
                String version = null;
                for (String field = parser.nextFieldName(); field != null; field = parser.nextFieldName()) {
                    JsonToken inner = parser.nextToken();
                    switch (field) {
                        case "launchTemplateId" -> id = text(parser, inner);
                        case "launchTemplateName" -> templateName = text(parser, inner);
                        case "version" -> version = text(parser, inner);
                        default -> parser.skipChildren();
                    }
                }
                if (id != null || templateName != null) {
                    String named = version != null ? version : "$Default";
                    record.template = new Inventory.TemplateRef(id, templateName, named);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void readRequestItem(Record record, JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if ("imageId".equals(name)) {
                String imageId = text(parser, value);
                if (imageId != null && !imageId.isEmpty()) {
                    record.requested(imageId);
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    /** Picks out {@code instancesSet.items[].imageId} of the instances a RunInstances call launched. */
    private static void readResponse(Record record, JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if ("instancesSet".equals(name)) {
                readItems(parser, token, (item, itemToken) -> readResponseItem(record, item, itemToken));
            } else {
                parser.skipChildren();
            }
        }
    }

    private static void readResponseItem(Record record, JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        String imageId = null;
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken value = parser.nextToken();
            if ("imageId".equals(name)) {
                imageId = text(parser, value);
            } else {
                parser.skipChildren();
            }
        }
        if (imageId != null && !imageId.isEmpty()) {
            record.launched(imageId);
        }
    }

    /** Calls {@code reader} on each element of {@code {"items": [...]}}, the way CloudTrail writes EC2 sets. */
    private static void readItems(JsonParser parser, JsonToken value, ItemReader reader) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (!"items".equals(name) || token != JsonToken.START_ARRAY) {
                parser.skipChildren();
                continue;
            }
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                reader.read(parser, item);
            }
        }
    }

    private static String text(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getText();
        }
        parser.skipChildren();
        return null;
    }

    /** Reads one element of an {@code items} array. */
    @FunctionalInterface
    private interface ItemReader {
        void read(JsonParser parser, JsonToken token) throws IOException;
    }

    /** The fields of one record that the launch count needs. */
    private static final class Record {
        String eventName;
        String eventSource;
        String region;
        String errorCode;
        String recipientAccount;
        String eventId;
        String eventTime;
        boolean hasIdentity;
        String identityType;
        String identityArn;
        String identityAccount;
        String invokedBy;
        String issuerArn;
        String badField;
        SourceLocation badFieldAt;
        String badFieldValue;
        Inventory.TemplateRef template;
        List<String> requestedImages;
        Map<String, Long> launched;

        void requested(String imageId) {
            if (requestedImages == null) {
                requestedImages = new ArrayList<>(1);
            }
            requestedImages.add(imageId);
        }

        void launched(String imageId) {
            if (launched == null) {
                launched = new LinkedHashMap<>();
            }
            launched.merge(imageId, 1L, Long::sum);
        }

        /** Returns whether the record may still turn out to be a RunInstances call. */
        boolean mayBeLaunch() {
            return (eventName == null || RUN_INSTANCES.equals(eventName))
                    && (eventSource == null || EC2.equals(eventSource));
        }

        /** Returns the images launched and how many instances each: from the response, else from the request. */
        Map<String, Long> launchedImages() {
            if (launched != null) {
                return launched;
            }
            Map<String, Long> requested = new LinkedHashMap<>();
            if (requestedImages != null) {
                requestedImages.forEach(image -> requested.put(image, 0L));
            }
            return requested;
        }
    }
}

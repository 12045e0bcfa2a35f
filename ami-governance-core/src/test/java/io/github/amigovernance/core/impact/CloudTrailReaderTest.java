package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.model.AccountId;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class CloudTrailReaderTest {

    private static final String USER = "{\"type\":\"IAMUser\",\"arn\":\"arn:aws:iam::333344445555:user/alice\","
            + "\"accountId\":\"333344445555\"}";

    @TempDir
    Path dir;

    private WorkerState read(String content) throws Exception {
        Path file = Fixtures.write(dir.resolve("AWSLogs/333344445555/CloudTrail/us-east-1/log.json"), content);
        WorkerState state = new WorkerState(50);
        InputFile input = new InputFile(file, InputFile.Kind.CLOUDTRAIL, null, null, 0);
        try (var parser = new JsonInputs(JsonInputs.DEFAULT_MAX_JSON_BYTES)
                .open(input, new LongAdder(), new LongAdder()).parser()) {
            new CloudTrailReader(state).read(input, parser);
        }
        return state;
    }

    private static String launch(String region, String identity, String extra) {
        return "{\"eventVersion\":\"1.11\",\"userIdentity\":" + identity + ",\"eventTime\":\"2026-11-30T10:00:00Z\","
                + "\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\","
                + "\"awsRegion\":\"" + region + "\","
                + "\"requestParameters\":{\"instancesSet\":{\"items\":[{\"imageId\":\"ami-1\",\"minCount\":1,"
                + "\"maxCount\":1}]}},\"responseElements\":null,\"eventID\":\"e-1\","
                + "\"recipientAccountId\":\"333344445555\"" + extra + "}";
    }

    private static Map.Entry<LaunchLog.Key, LaunchLog.Stats> onlyLaunch(WorkerState state) {
        assertEquals(1, state.launches.launches.size(), state.launches.launches.keySet().toString());
        return state.launches.launches.entrySet().iterator().next();
    }

    @Test
    void read_nullUserIdentity_countsTheLaunchWithAnUnknownCaller() throws Exception {
        WorkerState state = read("{\"Records\":[" + launch("us-east-1", "null", "") + "]}");

        Map.Entry<LaunchLog.Key, LaunchLog.Stats> launch = onlyLaunch(state);
        assertEquals(LaunchLog.Launcher.UNKNOWN, launch.getKey().launcher());
        assertEquals(List.of("(no userIdentity)"), launch.getValue().principals.values());
        assertEquals(List.of(), state.problems.kept());
    }

    @Test
    void read_serviceLinkedRole_countsTheLaunchAsAnAwsService() throws Exception {
        String role = "{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::333344445555:assumed-role/"
                + "AWSServiceRoleForAutoScaling/AutoScaling\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\","
                + "\"arn\":\"arn:aws:iam::333344445555:role/aws-service-role/autoscaling.amazonaws.com/"
                + "AWSServiceRoleForAutoScaling\"}},\"invokedBy\":\"autoscaling.amazonaws.com\"}";

        WorkerState state = read("{\"Records\":[" + launch("us-east-1", role, "") + "]}");

        assertEquals(LaunchLog.Launcher.AWS_SERVICE, onlyLaunch(state).getKey().launcher());
        assertEquals(List.of("autoscaling.amazonaws.com"), onlyLaunch(state).getValue().principals.values());
    }

    @Test
    void read_serviceCallerThroughAForwardedSession_isStillAPrincipal() throws Exception {
        String forwarded = "{\"type\":\"AssumedRole\",\"arn\":\"arn:aws:sts::333344445555:assumed-role/deploy/cfn\","
                + "\"sessionContext\":{\"sessionIssuer\":{\"arn\":\"arn:aws:iam::333344445555:role/deploy\"}},"
                + "\"invokedBy\":\"cloudformation.amazonaws.com\"}";

        WorkerState state = read("{\"Records\":[" + launch("us-east-1", forwarded, "") + "]}");

        assertEquals(LaunchLog.Launcher.PRINCIPAL, onlyLaunch(state).getKey().launcher());
        assertEquals(List.of("arn:aws:iam::333344445555:role/deploy"),
                onlyLaunch(state).getValue().principals.values());
    }

    @Test
    void read_errorCode_isTheOutcome() throws Exception {
        WorkerState state = read("{\"Records\":[" + launch("us-east-1", USER,
                ",\"errorCode\":\"Client.UnauthorizedOperation\",\"errorMessage\":\"You are not authorized\"") + "]}");

        assertEquals("Client.UnauthorizedOperation", onlyLaunch(state).getKey().outcome());
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-gov-west-1", "cn-northwest-1", "eu-isoe-west-1", "us-isob-east-1", "ap-southeast-7",
        "mx-central-1", "ca-south-3r", "eusc-de-east-1"})
    void read_anyRegionName_isKeptAsWritten(String region) throws Exception {
        WorkerState state = read("{\"Records\":[" + launch(region, USER, "") + "]}");

        assertEquals(region, onlyLaunch(state).getKey().region());
        assertEquals(List.of(), state.problems.kept());
    }

    @Test
    void read_eventNameAfterTheParameters_stillFindsTheImage() throws Exception {
        String record = "{\"requestParameters\":{\"instancesSet\":{\"items\":[{\"imageId\":\"ami-late\"}]}},"
                + "\"responseElements\":{\"instancesSet\":{\"items\":["
                + "{\"instanceId\":\"i-1\",\"imageId\":\"ami-late\"},"
                + "{\"instanceId\":\"i-2\",\"imageId\":\"ami-late\"}]}},\"awsRegion\":\"us-east-1\","
                + "\"recipientAccountId\":\"333344445555\",\"userIdentity\":" + USER + ","
                + "\"eventName\":\"RunInstances\",\"eventSource\":\"ec2.amazonaws.com\"}";

        WorkerState state = read("{\"Records\":[" + record + "]}");

        Map.Entry<LaunchLog.Key, LaunchLog.Stats> launch = onlyLaunch(state);
        assertEquals("ami-late", launch.getKey().imageId());
        assertEquals(2, launch.getValue().instances);
    }

    @Test
    void read_launchTemplateOnly_keepsTheTemplateForLater() throws Exception {
        String record = "{\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"RunInstances\",\"awsRegion\":"
                + "\"us-east-1\",\"recipientAccountId\":\"333344445555\",\"errorCode\":\"Client.DryRunOperation\","
                + "\"requestParameters\":{\"instancesSet\":{\"items\":[{\"minCount\":1}]},\"launchTemplate\":"
                + "{\"launchTemplateId\":\"lt-1\",\"version\":\"7\"}}}";

        LaunchLog.Key key = onlyLaunch(read("{\"Records\":[" + record + "]}")).getKey();

        assertEquals("", key.imageId());
        assertEquals(new Inventory.TemplateRef("lt-1", null, "7"), key.template());
    }

    @Test
    void read_otherEvents_areCountedButNotClassified() throws Exception {
        String fleet = "{\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"CreateFleet\","
                + "\"awsRegion\":\"us-east-1\"}";
        String describe = "{\"eventSource\":\"ec2.amazonaws.com\",\"eventName\":\"DescribeImages\","
                + "\"requestParameters\":{\"imagesSet\":{\"items\":[{\"imageId\":\"ami-1\"}]}}}";

        WorkerState state = read("{\"Records\":[" + fleet + "," + describe + "]}");

        assertEquals(2, state.cloudTrailRecords);
        assertEquals(1, state.otherLaunchEvents);
        assertEquals(0, state.launchEvents);
        assertTrue(state.launches.launches.isEmpty());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("{\"Records\":[" + launch("us-east-1", USER, "") + ",\"oops\"]}", "Records[1]",
                        "expected an event record (a JSON object), found the string \"oops\""),
                Arguments.of("{\"Records\":[" + launch("us-east-1", USER, "").replace("\"recipientAccountId\":"
                        + "\"333344445555\"", "\"recipientAccountId\":\"3333-4444-5555\"")
                        .replace("\"userIdentity\":" + USER, "\"userIdentity\":null") + "]}",
                        "Records[0]", "without a 12-digit recipientAccountId"),
                Arguments.of("{\"Records\":[" + launch("us-east-1", USER, "").replace("\"eventID\":\"e-1\"",
                        "\"eventID\":17") + "]}", "Records[0].eventID", "expected a string, found the number 17"),
                Arguments.of("{\"Records\":{\"eventName\":\"RunInstances\"}}", "Records",
                        "expected an array of event records, found an object"),
                Arguments.of("{\"CloudTrailLogFiles\":[]}", "", "no \"Records\" array"),
                Arguments.of("[1,2]", "", "expected a CloudTrail log file"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void read_malformedInput_isReportedWithItsPathAndSkipped(String content, String path, String message)
            throws Exception {
        WorkerState state = read(content);

        List<InputProblem> problems = state.problems.kept();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(path, problems.get(0).path());
        assertTrue(problems.get(0).message().contains(message), problems.get(0).message());
        assertTrue(problems.get(0).location().isPresent());
    }

    @Test
    void read_malformedRecord_doesNotStopTheRecordsAfterIt() throws Exception {
        WorkerState state = read("{\"Records\":[true," + launch("us-east-1", USER, "") + "]}");

        assertEquals(1, state.problems.count());
        assertEquals(AccountId.of("333344445555"), onlyLaunch(state).getKey().account());
    }
}

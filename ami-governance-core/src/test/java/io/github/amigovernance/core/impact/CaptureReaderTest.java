package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ProviderAlias;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class CaptureReaderTest {

    private static final AccountId ACCOUNT = AccountId.of("333344445555");

    @TempDir
    Path dir;

    private WorkerState read(String content) throws Exception {
        Path file = Fixtures.write(dir.resolve("333344445555/us-east-1/capture.json"), content);
        WorkerState state = new WorkerState(50);
        InputFile input = new InputFile(file, InputFile.Kind.CAPTURE, ACCOUNT, "us-east-1", 0);
        try (var parser = new JsonInputs(JsonInputs.DEFAULT_MAX_JSON_BYTES)
                .open(input, new LongAdder(), new LongAdder()).parser()) {
            new CaptureReader(state).read(input, parser);
        }
        return state;
    }

    @Test
    void read_fixtureCaptures_extractsWhatTheClassifierNeeds() throws Exception {
        Path folder = Fixtures.resource("inventory/333344445555/us-east-1");
        WorkerState state = new WorkerState(50);
        for (String name : List.of("describe-images.json", "describe-instance-image-metadata.json",
                "describe-launch-template-versions.json", "describe-auto-scaling-groups.json",
                "describe-launch-configurations.json")) {
            InputFile input = new InputFile(folder.resolve(name), InputFile.Kind.CAPTURE, ACCOUNT, "us-east-1", 0);
            try (var parser = new JsonInputs(JsonInputs.DEFAULT_MAX_JSON_BYTES)
                    .open(input, new LongAdder(), new LongAdder()).parser()) {
                new CaptureReader(state).read(input, parser);
            }
        }

        assertEquals(List.of(), state.problems.kept());
        Inventory inventory = state.inventory;
        assertEquals(new ImageOwner(AccountId.of("679593333241"), Optional.of(ProviderAlias.AWS_MARKETPLACE)),
                inventory.images.get("ami-0m77m77m77m77m77m").owner());
        assertTrue(inventory.images.get("ami-0c33c33c33c33c33c").isPublic());
        assertEquals(7, inventory.instances.size(), "the terminated instance is left out");
        assertEquals(1, state.instancesNotChecked);
        Inventory.Instance web = inventory.instances.stream()
                .filter(i -> i.instanceId().equals("i-0eee0000000000005")).findFirst().orElseThrow();
        assertEquals("web", web.autoScalingGroup());
        Inventory.Instance eks = inventory.instances.stream()
                .filter(i -> i.instanceId().equals("i-0ggg0000000000007")).findFirst().orElseThrow();
        assertEquals("eks.amazonaws.com", eks.operator());
        assertEquals(Optional.of(ProviderAlias.AMAZON), eks.owner().alias());
        assertEquals(6, inventory.templateVersions.size());
        Inventory.AutoScalingGroup batch = inventory.autoScalingGroups.stream()
                .filter(g -> g.name().equals("batch")).findFirst().orElseThrow();
        assertEquals(List.of(new Inventory.TemplateRef("lt-0333aaaabbbbcccc3", "vendor", "$Default"),
                new Inventory.TemplateRef("lt-0444aaaabbbbcccc4", null, "3")), batch.templates());
        assertEquals("ami-0b22b22b22b22b22b", inventory.launchConfigurations.get(0).imageId());
    }

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of("{\"Images\":[{\"ImageId\":\"ami-1\",\"OwnerId\":\"12345678901\"}]}", "Images[0].OwnerId",
                        "expected the owner's account ID (12 ASCII digits), found \"12345678901\""),
                Arguments.of("{\"Images\":[{\"ImageId\":\"ami-1\",\"OwnerId\":123456789012}]}", "Images[0].OwnerId",
                        "expected a string, found the number 123456789012"),
                Arguments.of("{\"Images\":[{\"OwnerId\":\"123456789012\"}]}", "Images[0]", "missing \"ImageId\""),
                Arguments.of("{\"Images\":[{\"ImageId\":\"\",\"OwnerId\":\"123456789012\"}]}", "Images[0].ImageId",
                        "expected the image ID, found an empty string"),
                Arguments.of("{\"Images\":[{\"ImageId\":\"ami-1\",\"OwnerId\":\"123456789012\",\"Public\":\"yes\"}]}",
                        "Images[0].Public", "expected true or false, found the string \"yes\""),
                Arguments.of("{\"Images\":[\"ami-1\"]}", "Images[0]", "expected a record (a JSON object)"),
                Arguments.of("{\"Images\":{}}", "Images", "expected an array, found an object"),
                Arguments.of("{\"LaunchTemplateVersions\":[{\"LaunchTemplateId\":\"lt-1\",\"VersionNumber\":\"2\"}]}",
                        "LaunchTemplateVersions[0].VersionNumber", "expected the version number (a whole number)"),
                Arguments.of("{\"AutoScalingGroups\":[{\"AutoScalingGroupName\":\"web\",\"MinSize\":1}]}",
                        "AutoScalingGroups[0]", "names neither a launch template nor a launch configuration"),
                Arguments.of("{\"AutoScalingGroups\":[{\"AutoScalingGroupName\":\"web\",\"LaunchTemplate\":"
                        + "{\"Version\":\"1\"}}]}", "AutoScalingGroups[0].LaunchTemplate", "names no launch template"),
                Arguments.of("{\"InstanceImageMetadata\":[{\"State\":{\"Name\":\"running\"}}]}",
                        "InstanceImageMetadata[0]", "missing \"InstanceId\""),
                Arguments.of("{\"Reservations\":[]}", "", "this looks like describe-instances output"),
                Arguments.of("{\"Images\":[],\"NextToken\":\"abc\"}", "NextToken", "incomplete"),
                Arguments.of("[]", "", "expected AWS CLI output in JSON"));
    }

    @ParameterizedTest
    @MethodSource("badRecords")
    void read_badRecord_isReportedWithItsPath(String content, String path, String message) throws Exception {
        WorkerState state = read(content);

        List<InputProblem> problems = state.problems.kept();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(path, problems.get(0).path());
        assertTrue(problems.get(0).message().contains(message), problems.get(0).message());
    }

    @Test
    void read_unknownOwnerAlias_keepsTheAccount() throws Exception {
        WorkerState state = read("{\"Images\":[{\"ImageId\":\"ami-1\",\"OwnerId\":\"123456789012\","
                + "\"ImageOwnerAlias\":\"self\"}]}");

        assertEquals(ImageOwner.of(AccountId.of("123456789012")), state.inventory.images.get("ami-1").owner());
        assertEquals(List.of(), state.problems.kept());
    }

    @Test
    void read_fieldsAwsAddsLater_areIgnored() throws Exception {
        WorkerState state = read("{\"Images\":[{\"ImageId\":\"ami-1\",\"OwnerId\":\"123456789012\","
                + "\"SomeFieldFrom2030\":{\"Nested\":[1,2,3]}}],\"ResponseMetadata\":{\"RequestId\":\"r\"}}");

        assertEquals(1, state.inventory.images.size());
        assertEquals(List.of(), state.problems.kept());
    }

    @Test
    void read_badRecord_doesNotStopTheRecordsAfterIt() throws Exception {
        WorkerState state = read("{\"Images\":[{\"ImageId\":\"ami-1\"},{\"ImageId\":\"ami-2\",\"OwnerId\":"
                + "\"123456789012\"}]}");

        assertEquals(1, state.problems.count());
        assertTrue(state.inventory.images.containsKey("ami-2"));
    }
}

package io.github.amigovernance.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonArray;
import io.github.amigovernance.core.json.JsonValue.JsonBoolean;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.policy.PolicyKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the test writer of captures against files the AWS CLI (version 1.45) printed, so that
 * captures written by tests have the very shape drift detection meets in practice.
 */
final class AwsCliOutputTest {

    private static Path fixture() throws URISyntaxException {
        return Path.of(AwsCliOutputTest.class.getResource("/io/github/amigovernance/core/drift/captured").toURI());
    }

    private static JsonValue read(Path file) throws IOException {
        Problems problems = new Problems(file.toString());
        return new JsonTreeReader().read(Files.readAllBytes(file), problems).orElseThrow();
    }

    /** Turns a tree back into maps, lists and scalars in the order read. */
    private static Object plain(JsonValue value) {
        if (value instanceof JsonObject object) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Member member : object.members()) {
                map.put(member.name(), plain(member.value()));
            }
            return map;
        }
        if (value instanceof JsonArray array) {
            List<Object> list = new ArrayList<>();
            array.elements().forEach(e -> list.add(plain(e)));
            return list;
        }
        if (value instanceof JsonBoolean bool) {
            return bool.value();
        }
        return ((JsonString) value).value();
    }

    @Test
    void format_everyCapturedFile_isByteForByteWhatTheCliPrinted() throws Exception {
        List<Path> files;
        try (Stream<Path> listing = Files.list(fixture())) {
            files = listing.sorted().toList();
        }

        for (Path file : files) {
            String printed = Files.readString(file, StandardCharsets.UTF_8);

            assertEquals(printed, AwsCliOutput.format(plain(read(file))), file.getFileName().toString());
        }
        assertEquals(6, files.size());
    }

    @Test
    void describe_aPolicy_matchesTheCliOutputForIt() throws Exception {
        Path file = fixture().resolve("describe-policy-p-5tn0c6vb.json");
        @SuppressWarnings("unchecked")
        Map<String, Object> policy = (Map<String, Object>) ((Map<String, Object>) plain(read(file))).get("Policy");
        @SuppressWarnings("unchecked")
        Map<String, Object> summary = (Map<String, Object>) policy.get("PolicySummary");

        String written = AwsCliOutput.format(AwsCliOutput.describe(AwsCliOutput.Policy.of("p-5tn0c6vb",
                PolicyKind.SERVICE_CONTROL_POLICY, (String) summary.get("Name"),
                (String) summary.get("Description"), (String) policy.get("Content"), List.of())));

        assertEquals(Files.readString(file, StandardCharsets.UTF_8), written);
    }
}

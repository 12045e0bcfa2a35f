package io.github.amigovernance.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.json.JsonValue.JsonString;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Half a surrogate pair, written as a JSON escape, is valid JSON but not Unicode text: a config
 * with one in its exception message rendered a policy whose UTF-8 bytes held {@code ?} instead
 * (found by the render-then-read-back fuzz target). The reader now reports it as a problem.
 */
final class JsonTreeReaderTest {

    static Stream<Arguments> unpairedSurrogates() {
        return Stream.of(
                Arguments.of("high half alone", "\"broken \\ud800 text\"", "\\ud800", 8),
                Arguments.of("low half alone", "\"\\udc00\"", "\\udc00", 1),
                Arguments.of("halves in the wrong order", "\"\\ude00\\ud83d\"", "\\ude00", 1),
                Arguments.of("high half at the end", "\"ok \\ud83d\\ude00 \\ud83d\"", "\\ud83d", 7));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unpairedSurrogates")
    void read_unpairedSurrogateInString_reportsItsCodeAndPosition(String name, String json, String shown,
            int character) {
        Problems problems = new Problems("input.json");

        new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8), problems);

        assertEquals(1, problems.list().size(), problems.list().toString());
        String message = problems.list().get(0).message();
        assertTrue(message.contains(shown) && message.contains("at character " + character), message);
    }

    @Test
    void read_surrogatePairAsEscapes_givesTheCharacter() {
        Problems problems = new Problems("input.json");

        Optional<JsonValue> value = new JsonTreeReader().read("\"\\ud83d\\ude00\"".getBytes(StandardCharsets.UTF_8),
                problems);

        assertTrue(problems.isEmpty(), problems.list().toString());
        assertEquals("\uD83D\uDE00", ((JsonString) value.orElseThrow()).value());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"{\"a\\udfff\": 1}", "{\"a\\ud800\": 1}"})
    void read_unpairedSurrogateInMemberName_isRejected(String json) {
        Problems problems = new Problems("input.json");

        Optional<JsonValue> value = new JsonTreeReader().read(json.getBytes(StandardCharsets.UTF_8), problems);

        assertTrue(value.isEmpty(), "the read stops at the broken name");
        assertEquals(1, problems.list().size(), problems.list().toString());
        assertTrue(problems.list().get(0).message().contains("surrogate"), problems.list().toString());
    }

    @Test
    void parse_configWithUnpairedSurrogateInExceptionMessage_failsNamingThePath() {
        byte[] config = ("{\"ops_publisher_account\":{\"account_id\":\"123456738923\"},\n"
                + "\"exception_message\":\"x \\ud800\"}").getBytes(StandardCharsets.UTF_8);

        InvalidInputException error = assertThrows(InvalidInputException.class,
                () -> new ConfigLoader().parse(config, "config.json"));

        InputProblem problem = error.problems().get(0);
        assertEquals("exception_message", problem.path());
        assertEquals(2, problem.location().orElseThrow().line());
        assertTrue(problem.toString().startsWith("config.json:2:"), problem.toString());
        assertTrue(problem.message().contains("\\ud800"), problem.message());
    }
}

package io.github.amigovernance.testkit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TextMutationTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "DELETE, 1, ac",
        "DUPLICATE, 1, abbc",
        "SWAP, 1, acb",
        "SWAP, 2, cba",
        "REPLACE, 4, a{c",
        "DELETE, 3, bc"})
    void applyTo_eachKind_editsOneCharacter(TextMutation.Kind kind, int position, String expected) {
        assertEquals(expected, new TextMutation(kind, position, '{').applyTo("abc"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DELETE, ab", "DUPLICATE, a\uD83D\uDE00\uD83D\uDE00b"})
    void applyTo_surrogatePair_editsItAsOneCharacter(TextMutation.Kind kind, String expected) {
        assertEquals(expected, TextMutation.applyAll("a\uD83D\uDE00b", List.of(new TextMutation(kind, 1, 'x'))));
    }
}

package io.github.amigovernance.testkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class JsonTest {

    @Test
    void parse_everyKindOfValue_givesPlainJavaValues() {
        Object value = Json.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": \"x\\u00e9\\ud83d\\ude00\\n\\/\"} ");

        assertEquals(Map.of("a", List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false, Json.NULL),
                "b", "xé\uD83D\uDE00\n/"), value);
    }

    @Test
    void parse_objectMembers_keepTheirOrder() {
        Map<String, Object> object = Json.parseObject("{\"z\":1,\"a\":2,\"m\":3}");

        assertEquals(List.of("z", "a", "m"), List.copyOf(object.keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "repeated member | {\"a\":1,\"a\":2} | repeated member name \"a\"",
        "trailing content | {} {} | unexpected content after the value",
        "raw control character | `\"a\tb\"` | raw control character",
        "lone surrogate escape | \"\\ud800\" | high surrogate escape not followed",
        "unknown escape | \"\\x\" | unknown escape",
        "leading zero | 01 | unexpected content after the value",
        "bare decimal point | 1. | expected a digit after the decimal point",
        "lone minus | - | expected a digit",
        "unterminated string | \"abc | unterminated string",
        "missing comma | [1 2] | expected ',' or ']'",
        "single quotes | {'a':1} | expected a member name",
        "empty text | `` | unexpected end of text"})
    void parse_invalidText_failsSayingWhy(String name, String text, String expected) {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> Json.parse(text));

        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void parseObject_array_isRejected() {
        JsonSyntaxException e = assertThrows(JsonSyntaxException.class, () -> Json.parseObject("[]"));

        assertTrue(e.getMessage().contains("found an array"), e.getMessage());
    }

    @Test
    void isCompact_ignoresWhiteSpaceInsideStrings() {
        assertTrue(Json.isCompact("{\"a b\":\"c\\\" d\"}"));
        assertFalse(Json.isCompact("{\"a\": 1}"));
    }
}

package io.github.amigovernance.testkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Source;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class JsonWriterTest {

    @Test
    void everyLayoutOfAValueReadsBackToTheValue() {
        Property.named("everyLayoutOfAValueReadsBackToTheValue")
                .forAll(source -> new Sample(value(source, 0), ConfigGenerators.layouts().next(source).json()))
                .tries(1000)
                .check(sample -> assertEquals(normalized(sample.value()),
                        Json.parse(JsonWriter.write(sample.value(), sample.layout())),
                        () -> JsonWriter.write(sample.value(), sample.layout())));
    }

    @Test
    void write_plainLayout_isCompactAndEscapesOnlyWhatJsonRequires() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("a", List.of("q\"b\\c\n\u0001é/", 1, true, Json.NULL));

        assertEquals("{\"a\":[\"q\\\"b\\\\c\\n\\u0001é/\",1,true,null]}",
                JsonWriter.write(value, JsonWriter.Layout.PLAIN));
    }

    private static Object value(Source source, int depth) {
        int kind = source.between(0, depth > 3 ? 3 : 5);
        switch (kind) {
            case 0:
                return ConfigGenerators.text(0, 20).next(source);
            case 1:
                return source.between(-1000, 1000);
            case 2:
                return source.percent(50);
            case 3:
                return Json.NULL;
            case 4:
                List<Object> list = new ArrayList<>();
                int size = source.between(0, 4);
                for (int i = 0; i < size; i++) {
                    list.add(value(source, depth + 1));
                }
                return list;
            default:
                Map<String, Object> map = new LinkedHashMap<>();
                int members = source.between(0, 4);
                for (int i = 0; i < members; i++) {
                    map.put(ConfigGenerators.text(1, 8).next(source), value(source, depth + 1));
                }
                return map;
        }
    }

    /** Numbers read back as BigDecimal; everything else as written. */
    private static Object normalized(Object value) {
        if (value instanceof Integer n) {
            return new BigDecimal(n);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JsonWriterTest::normalized).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalized(v)));
            return copy;
        }
        return value;
    }

    private record Sample(Object value, JsonWriter.Layout layout) {
    }
}

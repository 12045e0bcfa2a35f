package io.github.amigovernance.testkit.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.testkit.Property;
import io.github.amigovernance.testkit.Source;
import io.github.amigovernance.testkit.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

final class ConfigGeneratorsTest {

    @Test
    void generatedConfigsReachEveryShapeTheRequirementsName() {
        Source source = Source.seeded(Property.DEFAULT_SEED);
        int maxVendors = 0;
        int maxExceptions = 0;
        int expiringOnTheDay = 0;
        int expiredTheDayBefore = 0;
        int withByteOrderMark = 0;
        int withSpecialMessage = 0;
        int withRepeatedAccount = 0;
        for (int i = 0; i < 1000; i++) {
            Scenario scenario = ConfigGenerators.scenarios().next(source);
            ConfigCase config = scenario.config();
            maxVendors = Math.max(maxVendors, config.vendors().size());
            maxExceptions = Math.max(maxExceptions, config.exceptions().size());
            expiringOnTheDay += (int) config.exceptions().stream().filter(e -> e.expiresOn().equals(scenario.asOf()))
                    .count();
            expiredTheDayBefore += (int) config.exceptions().stream()
                    .filter(e -> e.expiresOn().equals(scenario.asOf().minusDays(1))).count();
            withByteOrderMark += config.layout().byteOrderMark() ? 1 : 0;
            withSpecialMessage += config.exceptionMessage().filter(m -> m.chars().anyMatch(c -> c == '"')
                    && m.chars().anyMatch(c -> c == '\\') && m.chars().anyMatch(c -> c > 0x7f)).isPresent() ? 1 : 0;
            List<String> accounts = new ArrayList<>();
            accounts.add(config.ops().accountId());
            config.vendors().forEach(v -> accounts.add(v.accountId()));
            config.exceptions().forEach(e -> accounts.add(e.accountId()));
            withRepeatedAccount += accounts.stream().distinct().count() < accounts.size() ? 1 : 0;
        }

        assertTrue(maxVendors > 580 && maxVendors <= ConfigGenerators.MAX_VENDORS, "most vendors: " + maxVendors);
        assertTrue(maxExceptions > 45 && maxExceptions <= ConfigGenerators.MAX_EXCEPTIONS, "most: " + maxExceptions);
        assertTrue(expiringOnTheDay > 250, "exceptions expiring on the day: " + expiringOnTheDay);
        assertTrue(expiredTheDayBefore > 100, "exceptions expired the day before: " + expiredTheDayBefore);
        assertTrue(withByteOrderMark > 50, "byte-order marks: " + withByteOrderMark);
        assertTrue(withSpecialMessage > 25, "messages with quotes, backslashes and non-ASCII: " + withSpecialMessage);
        assertTrue(withRepeatedAccount > 100, "configs repeating an account: " + withRepeatedAccount);
    }

    @Test
    void aReorderedConfigMeansTheSame() {
        Property.named("aReorderedConfigMeansTheSame")
                .forAll(source -> new Object[] {ConfigGenerators.scenarios().next(source),
                        source.between(0L, 1L << 40)})
                .tries(200)
                .check(pair -> {
                    ConfigCase config = ((Scenario) pair[0]).config();
                    ConfigCase reordered = config.reordered((Long) pair[1]);
                    assertEquals(meaning(config.text()), meaning(reordered.text()));
                    assertEquals(ExpectedAllowlist.of(config, ((Scenario) pair[0]).asOf()),
                            ExpectedAllowlist.of(reordered, ((Scenario) pair[0]).asOf()));
                });
    }

    @Test
    void text_plainLayout_isTheUsualConfigFormat() {
        ConfigCase config = new ConfigCase(new ConfigCase.Ops("123456738923", Optional.empty()),
                List.of(new ConfigCase.Vendor("111122223333", "InfoBlox", Optional.empty())), List.of("amazon"),
                Optional.of("No."), List.of(new ConfigCase.ExceptionEntry("777788889999", Optional.of("migration"),
                        LocalDate.of(2027, 2, 28), "Migration", "CLOUD-1234", Optional.empty(),
                        Optional.of(List.of("security-lead")), true, Optional.empty())),
                Optional.empty(), Optional.empty(), ConfigCase.Layout.PLAIN);

        assertEquals("{\"ops_publisher_account\":{\"account_id\":\"123456738923\"},\"vendor_publisher_accounts\":"
                + "[{\"account_id\":\"111122223333\",\"vendor_name\":\"InfoBlox\"}],\"provider_aliases\":[\"amazon\"],"
                + "\"exception_message\":\"No.\",\"exception_accounts\":[{\"account_id\":\"777788889999\",\"type\":"
                + "\"migration\",\"expires_on\":\"2027-02-28\",\"reason\":\"Migration\",\"ticket\":\"CLOUD-1234\","
                + "\"approved_by\":\"security-lead\"}]}", config.text());
        assertEquals(config.text(), new String(config.bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void expectedAllowlist_followsTheDocumentedDefinition() {
        ConfigCase config = new ConfigCase(new ConfigCase.Ops("123456738923", Optional.empty()),
                List.of(new ConfigCase.Vendor("111122223333", "InfoBlox", Optional.empty())),
                List.of("aws_marketplace", "amazon"), Optional.empty(), List.of(
                        exception("444455556666", LocalDate.of(2026, 12, 3)),
                        exception("777788889999", LocalDate.of(2026, 12, 2))),
                Optional.empty(), Optional.empty(), ConfigCase.Layout.PLAIN);

        ExpectedAllowlist allowlist = ExpectedAllowlist.of(config, LocalDate.of(2026, 12, 3));

        assertEquals(List.of("111122223333", "123456738923", "444455556666", "amazon", "aws_marketplace"),
                List.copyOf(allowlist.declarativeProviders()));
        assertEquals(List.of("111122223333", "123456738923", "444455556666", "amazon", "aws-marketplace"),
                List.copyOf(allowlist.scpOwners()));
        assertEquals(List.of("123456738923", "444455556666"), List.copyOf(allowlist.internalPublishers()));
    }

    private static ConfigCase.ExceptionEntry exception(String account, LocalDate expiresOn) {
        return new ConfigCase.ExceptionEntry(account, Optional.empty(), expiresOn, "r", "t", Optional.empty(),
                Optional.empty(), false, Optional.empty());
    }

    /** What config text means regardless of order: lists of entries sorted by their text. */
    @SuppressWarnings("unchecked")
    private static Object meaning(String text) {
        Map<String, Object> top = new TreeMap<>(Json.parseObject(text));
        top.replaceAll((key, value) -> value instanceof List<?> list ? sortedList(list) : sorted(value));
        top.values().removeIf(v -> v instanceof List<?> list && list.isEmpty());
        return top;
    }

    private static Object sortedList(List<?> list) {
        return list.stream().map(ConfigGeneratorsTest::sorted).map(String::valueOf).sorted().toList();
    }

    private static Object sorted(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new TreeMap<>();
            map.forEach((k, v) -> result.put((String) k, v instanceof List<?> l ? sortedList(l) : sorted(v)));
            return result;
        }
        return value;
    }
}

package io.github.amigovernance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class TargetIdTest {

    @Test
    void kind_eachForm_isRecognised() {
        assertEquals(TargetId.Kind.ROOT, TargetId.of("r-ab12").kind());
        assertEquals(TargetId.Kind.ROOT, TargetId.of("r-" + "z".repeat(32)).kind());
        assertEquals(TargetId.Kind.ORGANIZATIONAL_UNIT, TargetId.of("ou-ab12-cd34ef56").kind());
        assertEquals(TargetId.Kind.ORGANIZATIONAL_UNIT,
                TargetId.of("ou-" + "a".repeat(32) + "-" + "9".repeat(32)).kind());
        assertEquals(TargetId.Kind.ACCOUNT, TargetId.of("012345678901").kind());
        assertEquals("ORGANIZATIONAL_UNIT", TargetId.Kind.ORGANIZATIONAL_UNIT.apiName());
    }

    @Test
    void account_onlyForAccounts() {
        assertEquals(Optional.of(AccountId.of("012345678901")), TargetId.of("012345678901").account());
        assertEquals(Optional.empty(), TargetId.of("r-ab12").account());
    }

    @ParameterizedTest
    @ValueSource(strings = {"r-ab1", "r-AB12", "ou-ab12-cd34ef5", "ou-ab1-cd34ef56", "o-a1b2c3d4e5", "01234567890",
        "0123456789012", "١٢٣٤٥٦٧٨٩٠١٢", "r-ab12 ", ""})
    void of_malformed_throwsNamingTheValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TargetId.of(value));

        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @Test
    void compareTo_ordersRootsThenOusThenAccounts() {
        List<TargetId> targets = new ArrayList<>(List.of(TargetId.of("111111111111"), TargetId.of("ou-ab12-zzzzzzzz"),
                TargetId.of("r-ab12"), TargetId.of("ou-ab12-aaaaaaaa")));

        Collections.sort(targets);

        assertEquals(List.of(TargetId.of("r-ab12"), TargetId.of("ou-ab12-aaaaaaaa"), TargetId.of("ou-ab12-zzzzzzzz"),
                TargetId.of("111111111111")), targets);
    }
}

package io.github.amigovernance.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AccountIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"000000000000", "123456789012", "999999999999"})
    void of_twelveAsciiDigits_keepsThemAsText(String digits) {
        AccountId id = AccountId.of(digits);

        assertTrue(AccountId.isValid(digits));
        assertEquals(digits, id.value());
        assertEquals(digits, id.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345678901", "1234567890123", " 12345678901", "12345678901 ", "1234-5678-901",
        "12345678901a", "١٢٣٤٥٦٧٨٩٠١٢", "１２３４５６７８９０１２", "12345678901/", "12345678901:"})
    void of_anythingElse_isRefusedWithTheValue(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AccountId.of(text));

        assertFalse(AccountId.isValid(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void isValid_null_isFalse() {
        assertFalse(AccountId.isValid(null));
    }

    @Test
    void equalsAndHashCode_sameDigits_equalAndSameHashAsTheRecordWouldGive() {
        AccountId a = AccountId.of("111122223333");
        AccountId b = AccountId.of(new String("111122223333".toCharArray()));

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals("111122223333".hashCode(), a.hashCode());
        assertNotEquals(a, AccountId.of("111122223334"));
        assertNotEquals(a, "111122223333");
    }
}

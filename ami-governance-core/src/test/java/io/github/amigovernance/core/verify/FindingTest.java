package io.github.amigovernance.core.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.model.AccountId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class FindingTest {

    @ParameterizedTest
    @ValueSource(strings = {"EXPIRED", "A", "X_", "SCP_OVER_LIMIT_2", "A1_B2"})
    void new_upperSnakeCaseCode_isKept(String code) {
        Finding finding = Finding.warning(code, AccountId.of("123456789012"), "a message", "a-rule");

        assertEquals(code, finding.code());
        assertEquals(Optional.of(AccountId.of("123456789012")), finding.accountId());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "expired", "Expired", "1EXPIRED", "_EXPIRED", "EXPIRED-SOON", "EXPIRED SOON",
        "ÉCHU", "EXPIRÉ", "EXPIRED\n"})
    void new_otherCode_isRefusedWithTheCode(String code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Finding.error(code, null, "a message", "a-rule"));

        assertTrue(e.getMessage().contains("got '" + code + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\n"})
    void new_blankMessage_isRefusedWithTheCode(String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Finding.error("EXPIRED", null, message, "a-rule"));

        assertTrue(e.getMessage().contains("EXPIRED"), e.getMessage());
    }

    @Test
    void toString_withAccount_namesSeverityCodeAccountAndMessage() {
        Finding finding = Finding.error("EXPIRED", AccountId.of("123456789012"), "it expired", "exception-expired");

        assertEquals("error EXPIRED [123456789012]: it expired", finding.toString());
    }
}

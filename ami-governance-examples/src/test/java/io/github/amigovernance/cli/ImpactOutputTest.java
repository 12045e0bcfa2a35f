package io.github.amigovernance.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ImpactOutputTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
        "us-east-1; us-east-1",
        "a|b; a\\|b",
        "`code`; 'code'",
        "back\\slash; back\\\\slash"})
    void md_tableBreakingCharacters_areEscaped(String raw, String escaped) {
        assertEquals(escaped, ImpactOutput.md(raw));
    }
}

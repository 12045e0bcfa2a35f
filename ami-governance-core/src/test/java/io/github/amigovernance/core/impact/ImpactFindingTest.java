package io.github.amigovernance.core.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.verify.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ImpactFindingTest {

    private static ImpactFinding finding(String code, long count, String message) {
        return new ImpactFinding(code, Severity.ERROR, FindingCategory.INSTANCE, AccountId.of("333344445555"),
                "us-east-1", Optional.empty(), AllowedImagesVerdict.BLOCKED, ScpVerdict.DENIED, "", count, List.of(),
                List.of(), List.of(), "", "", message, List.of());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("relaunch_blocked", 1, "m", "'relaunch_blocked'"),
                Arguments.of("BLOCKED", 0, "m", "counts 0 resources"),
                Arguments.of("BLOCKED", 1, " ", "BLOCKED has no message"));
    }

    @ParameterizedTest
    @MethodSource("invalid")
    void constructor_invalidPart_isRejectedNamingIt(String code, long count, String message, String named) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> finding(code, count, message));

        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void reportConstructor_fewerProblemsCountedThanListed_isRejected() {
        Allowlist allowlist = Allowlist.of(Fixtures.config(), LocalDate.of(2026, 12, 3));
        ScanTotals totals = new ScanTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        List<InputProblem> problems = List.of(InputProblem.of("f.json", "broken"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ImpactReport(allowlist, totals, List.of(), problems, 0));

        assertTrue(e.getMessage().contains("problemCount 0"), e.getMessage());
    }

    @Test
    void totalsConstructor_negativeCount_isRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ScanTotals(0, 0, 0, 0, 0, -3, 0, 0, 0, 0, 0, 0, 0, 0));

        assertTrue(e.getMessage().contains("-3"), e.getMessage());
    }

    @Test
    void shellWord_unusualCharacters_areQuotedForTheShell() {
        assertEquals("us-east-1", Classifier.shellWord("us-east-1"));
        assertEquals("'my region'", Classifier.shellWord("my region"));
        assertEquals("'it'\\''s'", Classifier.shellWord("it's"));
    }
}

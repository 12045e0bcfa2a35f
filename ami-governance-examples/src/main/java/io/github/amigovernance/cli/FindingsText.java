package io.github.amigovernance.cli;

import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings for a person: severity and code on one line, the message indented below. */
final class FindingsText {

    private FindingsText() {
    }

    static void print(PrintWriter w, List<Finding> findings) {
        for (Finding finding : findings) {
            w.printf("  %-8s %s%s  (rule %s)%n", finding.severity().label(), finding.code(),
                    finding.accountId().map(a -> "  account " + a).orElse(""), finding.rule());
            w.println("           " + finding.message());
        }
    }

    static long count(List<Finding> findings, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Returns a count such as {@code 1 error, 2 warnings}. */
    static String tally(List<Finding> findings) {
        long errors = count(findings, Severity.ERROR);
        long warnings = count(findings, Severity.WARNING);
        return errors + (errors == 1 ? " error, " : " errors, ")
                + warnings + (warnings == 1 ? " warning" : " warnings");
    }
}

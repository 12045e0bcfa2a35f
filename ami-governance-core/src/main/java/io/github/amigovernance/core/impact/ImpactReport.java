package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Allowlist;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The result of an impact scan: what enforcing a config's allowlist would block, what it would
 * leave alone only through an exemption, which images are public, what could not be resolved and
 * which input could not be read.
 *
 * <p>The same inventory, config and date always give an equal report: findings are sorted and
 * samples keep the smallest identifiers, whatever order the files were read in.
 *
 * @param allowlist the allowlist the config enforces on the report's day
 * @param totals what was read
 * @param findings the findings, sorted by category, account, region and owner
 * @param problems the input problems, sorted by file, line and column; at most {@link #MAX_PROBLEMS_LISTED}
 * @param problemCount how many input problems there were in all
 */
public record ImpactReport(
        Allowlist allowlist,
        ScanTotals totals,
        List<ImpactFinding> findings,
        List<InputProblem> problems,
        long problemCount) {

    /** The largest number of input problems a report lists; the rest are only counted. */
    public static final int MAX_PROBLEMS_LISTED = 200;

    /**
     * Checks that no part is missing and copies the lists.
     *
     * @throws IllegalArgumentException if fewer problems are counted than listed
     */
    public ImpactReport {
        Objects.requireNonNull(allowlist, "allowlist");
        Objects.requireNonNull(totals, "totals");
        findings = List.copyOf(findings);
        problems = List.copyOf(problems);
        if (problemCount < problems.size()) {
            throw new IllegalArgumentException("problemCount " + problemCount + " is below the " + problems.size()
                    + " problems listed");
        }
    }

    /** Returns whether enforcement would block anything: whether any finding is an error. */
    public boolean wouldBlock() {
        return findings.stream().anyMatch(ImpactFinding::wouldBlock);
    }

    /** Returns the findings of one category, in report order. */
    public List<ImpactFinding> findings(FindingCategory category) {
        return findings.stream().filter(f -> f.category() == category).toList();
    }

    /** Returns how many resources of {@code category} enforcement would block. */
    public long blocked(FindingCategory category) {
        return findings(category).stream().filter(ImpactFinding::wouldBlock).mapToLong(ImpactFinding::count).sum();
    }

    /** Returns the accounts in which enforcement would block something, sorted. */
    public Set<AccountId> blockedAccounts() {
        Set<AccountId> accounts = new TreeSet<>();
        findings.stream().filter(ImpactFinding::wouldBlock).forEach(f -> accounts.add(f.account()));
        return accounts;
    }

    /**
     * Returns one line that sums the report up, for a change request or a CI log, such as
     * {@code AMI allowlist impact as of 2026-12-03: enforcement would block 3 running instances ...}.
     */
    public String summaryLine() {
        StringBuilder line = new StringBuilder("AMI allowlist impact as of ").append(allowlist.asOf())
                .append(" (").append(allowlist.providers().size()).append(" allowed providers): ");
        List<FindingCategory> counted = List.of(FindingCategory.INSTANCE, FindingCategory.LAUNCH_TEMPLATE,
                FindingCategory.AUTO_SCALING_GROUP, FindingCategory.CLOUDTRAIL_LAUNCH);
        List<String> blockedParts = new ArrayList<>();
        for (FindingCategory category : counted) {
            long n = blocked(category);
            if (n > 0) {
                blockedParts.add(category.count(n) + (category == FindingCategory.INSTANCE ? " (on relaunch)" : ""));
            }
        }
        if (blockedParts.isEmpty()) {
            line.append("enforcement would block nothing in ").append(accounts(totals.accounts())).append(" (checked ")
                    .append(join(List.of(FindingCategory.INSTANCE.count(totals.instances()),
                            FindingCategory.LAUNCH_TEMPLATE.count(totals.launchTemplateVersions()),
                            FindingCategory.AUTO_SCALING_GROUP.count(totals.autoScalingGroups()),
                            FindingCategory.CLOUDTRAIL_LAUNCH.count(totals.launchEvents()))))
                    .append(")");
        } else {
            line.append("enforcement would block ").append(join(blockedParts)).append(" in ")
                    .append(blockedAccounts().size()).append(" of ").append(accounts(totals.accounts()));
        }
        line.append("; ").append(FindingCategory.PUBLIC_IMAGE.count(count(FindingCategory.PUBLIC_IMAGE)))
                .append(" to make private, ")
                .append(FindingCategory.UNRESOLVED.count(count(FindingCategory.UNRESOLVED)))
                .append(", ").append(problemCount).append(problemCount == 1 ? " input problem" : " input problems")
                .append(wouldBlock() ? ". Not safe to enforce yet." : ".");
        return line.toString();
    }

    private long count(FindingCategory category) {
        return findings(category).stream().mapToLong(ImpactFinding::count).sum();
    }

    private static String accounts(int n) {
        return n + (n == 1 ? " account" : " accounts");
    }

    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}

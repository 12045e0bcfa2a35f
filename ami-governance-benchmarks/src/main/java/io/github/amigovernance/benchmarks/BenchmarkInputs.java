package io.github.amigovernance.benchmarks;

import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.rules.ExceptionRequest;
import io.github.amigovernance.rules.ExceptionRequestLoader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The inputs the benchmarks measure: configs of a chosen size, written as JSON text, and exception
 * requests. The same sizes always give the same text.
 *
 * <p>A config has an ops publisher, {@code vendors} vendor publishers, the {@code amazon} alias
 * and {@code exceptions} exception entries, the history a config builds up over the years: four
 * entries per account, 25 days each with 5 days between them, fully approved and typed in turn
 * {@code migration}, {@code vendor_poc} and {@code emergency}. One account in {@value
 * #ACTIVE_EVERY} has its last entry still active on {@link #AS_OF}; every other entry has
 * expired. So the policies grow with the number of entries (one active account per hundred
 * entries) and stay within the AWS limits at every size measured, while the rules judge every
 * entry.
 */
public final class BenchmarkInputs {

    /** The day every benchmark evaluates for. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

    /** One exception account in this many has an active entry. */
    static final int ACTIVE_EVERY = 25;

    /** Exception entries per account. */
    static final int ENTRIES_PER_ACCOUNT = 4;

    private static final int ENTRY_DAYS = 25;
    private static final int GAP_DAYS = 5;
    private static final List<String> TYPES = List.of("migration", "vendor_poc", "emergency");
    private static final List<List<String>> APPROVERS = List.of(List.of("security-lead", "cloud-architect"),
            List.of("engineering-manager", "cto"), List.of("security-lead", "vp-engineering"));

    private BenchmarkInputs() {
    }

    /**
     * Returns the text of a config with the given numbers of vendor publishers and exception entries.
     *
     * @throws IllegalArgumentException if a number is negative
     */
    public static String configJson(int vendors, int exceptions) {
        if (vendors < 0 || exceptions < 0) {
            throw new IllegalArgumentException("sizes cannot be negative, got " + vendors + " vendors and "
                    + exceptions + " exceptions");
        }
        StringBuilder json = new StringBuilder(256 + vendors * 90 + exceptions * 330);
        json.append("{\n  \"ops_publisher_account\": {\"account_id\": \"123456738923\", \"description\": \"Golden AMI"
                + " pipeline\"},\n  \"vendor_publisher_accounts\": [");
        for (int v = 0; v < vendors; v++) {
            json.append(v == 0 ? "\n" : ",\n").append("    {\"account_id\": \"").append(accountId(200, v))
                    .append("\", \"vendor_name\": \"Vendor ").append(v).append("\"}");
        }
        json.append(vendors == 0 ? "],\n" : "\n  ],\n");
        json.append("  \"provider_aliases\": [\"amazon\"],\n  \"exception_accounts\": [");
        for (int i = 0; i < exceptions; i++) {
            appendException(json.append(i == 0 ? "\n" : ",\n"), i);
        }
        json.append(exceptions == 0 ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString();
    }

    /** Loads the config that {@link #configJson} writes for these sizes. */
    public static GovernanceConfig config(int vendors, int exceptions) {
        return new ConfigLoader().parse(configJson(vendors, exceptions).getBytes(StandardCharsets.UTF_8),
                "config-" + vendors + "-vendors-" + exceptions + "-exceptions.json");
    }

    /** Returns how many accounts have an active exception in a config with this many entries. */
    static int activeAccounts(int exceptions) {
        int accounts = (exceptions + ENTRIES_PER_ACCOUNT - 1) / ENTRIES_PER_ACCOUNT;
        int active = 0;
        for (int account = 0; account < accounts; account += ACTIVE_EVERY) {
            if (lastEntryOf(account, exceptions) == ENTRIES_PER_ACCOUNT - 1) {
                active++;
            }
        }
        return active;
    }

    private static int lastEntryOf(int account, int exceptions) {
        return Math.min(ENTRIES_PER_ACCOUNT, exceptions - account * ENTRIES_PER_ACCOUNT) - 1;
    }

    private static void appendException(StringBuilder json, int index) {
        int account = index / ENTRIES_PER_ACCOUNT;
        int entry = index % ENTRIES_PER_ACCOUNT;
        // The last entry of an active account ends 20 days after AS_OF; every other history ends
        // between 40 and 90 days before it.
        LocalDate lastExpiry = account % ACTIVE_EVERY == 0 ? AS_OF.plusDays(20) : AS_OF.minusDays(40 + account % 50);
        LocalDate expires = lastExpiry.minusDays((long) (ENTRIES_PER_ACCOUNT - 1 - entry) * (ENTRY_DAYS + GAP_DAYS));
        LocalDate approved = expires.minusDays(ENTRY_DAYS);
        int type = (account + entry) % TYPES.size();
        List<String> approvers = APPROVERS.get(type);
        json.append("    {\"account_id\": \"").append(accountId(300, account)).append("\", \"type\": \"")
                .append(TYPES.get(type)).append("\", \"expires_on\": \"").append(expires)
                .append("\", \"reason\": \"Workloads still on images from the legacy pipeline\", \"ticket\": \"CLOUD-")
                .append(10_000 + index).append("\", \"requested_by\": \"team-").append(account % 40)
                .append("\", \"approved_by\": [\"").append(approvers.get(0)).append("\", \"").append(approvers.get(1))
                .append("\"], \"approval_date\": \"").append(approved).append("\"}");
    }

    /** Returns a twelve-digit account ID: {@code prefix} followed by {@code number}, zero-padded. */
    private static String accountId(int prefix, int number) {
        String digits = Integer.toString(number);
        return prefix + "0".repeat(9 - digits.length()) + digits;
    }

    /**
     * Returns a complete migration request: approved when {@code bothApprovals}, otherwise pending
     * the cloud architect's approval.
     */
    public static ExceptionRequest request(boolean bothApprovals) {
        String approvals = "{\"role\": \"security-lead\", \"name\": \"Dana Whitfield\", \"date\": \"2026-12-02\"}"
                + (bothApprovals
                        ? ", {\"role\": \"cloud-architect\", \"name\": \"Ravi Menon\", \"date\": \"2026-12-02\"}"
                        : "");
        String json = "{\"account_id\": \"888899990000\", \"type\": \"migration\", \"start_date\": \"2026-12-03\","
                + " \"expires_on\": \"2027-01-15\","
                + " \"justification\": \"The EMR fleet still boots from legacy images\","
                + " \"exit_plan\": \"Move the fleet to the golden pipeline by 2027-01-10\", \"technical_contact\":"
                + " \"data-platform-oncall@example.com\", \"sponsor\": \"Head of Data Platform\", \"approvals\": ["
                + approvals + "]}";
        return new ExceptionRequestLoader(ExceptionPolicy.DEFAULTS).parse(json.getBytes(StandardCharsets.UTF_8),
                "request.json");
    }
}

package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.VendorPublisher;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks of a loaded config that are about its publishers rather than its exceptions: entries that
 * are harmless to the policies but are almost always a copy-and-paste mistake.
 */
public final class ConfigChecks {

    /** The rule name of these findings. */
    public static final String RULE = "config-publishers";

    private ConfigChecks() {
    }

    /** Returns the findings for {@code config}, in config order. */
    public static List<Finding> check(GovernanceConfig config) {
        List<Finding> findings = new ArrayList<>();
        AccountId ops = config.opsPublisher().accountId();
        Map<AccountId, Integer> firstIndex = new HashMap<>();
        List<VendorPublisher> vendors = config.vendorPublishers();
        for (int i = 0; i < vendors.size(); i++) {
            VendorPublisher vendor = vendors.get(i);
            if (vendor.accountId().equals(ops)) {
                findings.add(Finding.warning("OPS_LISTED_AS_VENDOR", ops, "vendor_publisher_accounts[" + i + "] ("
                        + vendor.vendorName() + ") is the ops publisher's account; remove the vendor entry", RULE));
            }
            Integer first = firstIndex.putIfAbsent(vendor.accountId(), i);
            if (first != null) {
                findings.add(Finding.warning("DUPLICATE_VENDOR", vendor.accountId(), "vendor_publisher_accounts[" + i
                        + "] (" + vendor.vendorName() + ") repeats the account of vendor_publisher_accounts[" + first
                        + "] (" + vendors.get(first).vendorName() + "); remove one of them", RULE));
            }
        }
        return findings;
    }
}

package io.github.amigovernance.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.model.VendorPublisher;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Prints an allowlist for a person: who is on it and why, and which exceptions were left out. */
final class Summary {

    /** Beyond this many vendors the text output counts them instead of listing each. */
    private static final int MAX_VENDORS_LISTED = 25;

    private Summary() {
    }

    static void allowlist(PrintWriter w, GovernanceConfig config, Allowlist allowlist) {
        w.printf("Allowlist: %d provider%s (%d account%s, %d alias%s); %d internal publisher%s may create images%n",
                allowlist.providers().size(), plural(allowlist.providers().size()),
                allowlist.accounts().size(), plural(allowlist.accounts().size()),
                allowlist.aliases().size(), allowlist.aliases().size() == 1 ? "" : "es",
                allowlist.internalPublishers().size(), plural(allowlist.internalPublishers().size()));
        w.printf("  %-14s %-10s %s%n", config.opsPublisher().accountId(), "ops",
                config.opsPublisher().description().orElse("ops publisher"));
        Set<AccountId> listed = new HashSet<>();
        listed.add(config.opsPublisher().accountId());
        int vendors = config.vendorPublishers().size();
        if (vendors > MAX_VENDORS_LISTED) {
            w.printf("  %-14s %-10s %d vendor publishers (--format json lists them)%n", "", "vendor", vendors);
            config.vendorPublishers().forEach(v -> listed.add(v.accountId()));
        } else {
            for (VendorPublisher vendor : config.vendorPublishers()) {
                if (listed.add(vendor.accountId())) {
                    w.printf("  %-14s %-10s %s%n", vendor.accountId(), "vendor", vendor.vendorName());
                }
            }
        }
        for (ExceptionAccount exception : allowlist.activeExceptions()) {
            long days = ChronoUnit.DAYS.between(allowlist.asOf(), exception.expiresOn());
            w.printf("  %-14s %-10s %s, %s, expires %s (%s)%n", exception.accountId(), "exception",
                    exception.type().orElse("untyped"), exception.ticket(), exception.expiresOn(), daysLeft(days));
        }
        for (ProviderAlias alias : allowlist.aliases()) {
            w.printf("  %-14s %-10s provider alias (ec2:Owner %s)%n", alias.declarativeName(), "alias",
                    alias.scpName());
        }
    }

    /** Prints where each policy is attached: one line when both share their targets, one each otherwise. */
    static void targets(PrintWriter w, String indent, Deployment deployment) {
        if (deployment.sameTargets()) {
            w.println(indent + "Targets of both policies: " + list(deployment.declarativeTargets()));
        } else {
            w.println(indent + "Targets of the declarative policy: " + list(deployment.declarativeTargets()));
            w.println(indent + "Targets of the SCP: " + list(deployment.scpTargets()));
        }
    }

    /** Writes {@code "targets": {"declarative": [...], "scp": [...]}}. */
    static void targetsJson(JsonGenerator json, Deployment deployment) throws IOException {
        json.writeObjectFieldStart("targets");
        JsonOut.strings(json, "declarative", deployment.declarativeTargets().stream().map(TargetId::value).toList());
        JsonOut.strings(json, "scp", deployment.scpTargets().stream().map(TargetId::value).toList());
        json.writeEndObject();
    }

    private static String list(List<TargetId> targets) {
        return targets.isEmpty() ? "none" : targets.stream().map(TargetId::value).collect(Collectors.joining(", "));
    }

    static String expiredNote(ExceptionAccount expired, Allowlist allowlist) {
        String base = "exception " + expired.accountId() + " (" + expired.ticket() + ") expired on "
                + expired.expiresOn();
        if (allowlist.allows(expired.accountId())) {
            return base + "; the account stays on the allowlist through another entry";
        }
        return base + " and was left out of both policies; remove it from the config";
    }

    static void exceptionJson(JsonGenerator json, ExceptionAccount exception, LocalDate asOf) throws IOException {
        json.writeStartObject();
        json.writeStringField("account_id", exception.accountId().value());
        if (exception.type().isPresent()) {
            json.writeStringField("type", exception.type().get());
        } else {
            json.writeNullField("type");
        }
        json.writeStringField("ticket", exception.ticket());
        json.writeStringField("expires_on", exception.expiresOn().toString());
        json.writeNumberField("days_left", ChronoUnit.DAYS.between(asOf, exception.expiresOn()));
        json.writeEndObject();
    }

    static String daysLeft(long days) {
        if (days == 0) {
            return "last day today";
        }
        return days == 1 ? "1 day left" : days + " days left";
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}

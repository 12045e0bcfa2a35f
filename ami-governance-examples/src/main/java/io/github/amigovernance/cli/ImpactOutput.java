package io.github.amigovernance.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.impact.AllowedImagesVerdict;
import io.github.amigovernance.core.impact.FindingCategory;
import io.github.amigovernance.core.impact.ImageOwner;
import io.github.amigovernance.core.impact.ImpactFinding;
import io.github.amigovernance.core.impact.ImpactReport;
import io.github.amigovernance.core.impact.ScanTotals;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.verify.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Prints an impact report as text, markdown or JSON. The output depends only on the report and the paths named. */
final class ImpactOutput {

    private final ImpactReport report;
    private final Path config;
    private final Path inventory;
    private final List<Path> cloudTrail;

    ImpactOutput(ImpactReport report, Path config, Path inventory, List<Path> cloudTrail) {
        this.report = report;
        this.config = config;
        this.inventory = inventory;
        this.cloudTrail = List.copyOf(cloudTrail);
    }

    // ------------------------------------------------------------------------------------------- text

    void text(PrintWriter w) {
        Allowlist allowlist = report.allowlist();
        w.println("Impact of enforcing the allowlist on " + allowlist.asOf() + " (UTC)");
        w.println("Config:     " + config);
        w.println("Inventory:  " + inventory + cloudTrail.stream().map(p -> ", " + p).collect(Collectors.joining()));
        w.println("Allowlist:  " + allowlistLine(allowlist));
        w.println("Read:       " + readLine(report.totals()));
        w.println("Checked:    " + checkedLine(report.totals()));
        for (Section section : sections()) {
            List<ImpactFinding> findings = report.findings().stream().filter(section.filter).toList();
            if (findings.isEmpty()) {
                continue;
            }
            w.println();
            w.println("== " + section.title + " ==");
            for (ImpactFinding finding : findings) {
                w.println();
                textFinding(w, finding);
            }
        }
        if (report.problemCount() > 0) {
            w.println();
            w.println("== Input problems: " + report.problemCount() + " (skipped; the scan went on) ==");
            for (InputProblem problem : report.problems()) {
                w.println("  " + problem);
            }
            long more = report.problemCount() - report.problems().size();
            if (more > 0) {
                w.println("  ... and " + more + " more (the first " + report.problems().size() + " in file order are"
                        + " listed)");
            }
        }
        w.println();
        w.println(report.summaryLine());
    }

    private static void textFinding(PrintWriter w, ImpactFinding f) {
        w.println(f.severity().label() + " " + f.code() + "  " + f.account() + "  " + f.region()
                + f.owner().map(o -> "  owner " + o.label()).orElse(""));
        w.println("  " + f.message());
        if (f.allowedImages() != AllowedImagesVerdict.NOT_EVALUATED) {
            w.println("  Allowed AMIs: " + f.allowedImages().label() + "; SCP: " + f.scp().label());
        }
        w.println("  " + examplesLabel(f.category()) + ": " + String.join(", ", f.examples()) + more(f));
        if (!f.imageIds().isEmpty() && f.category() != FindingCategory.PUBLIC_IMAGE) {
            w.println("  images: " + String.join(", ", f.imageIds()));
        }
        if (!f.principals().isEmpty()) {
            w.println("  " + (f.category() == FindingCategory.CLOUDTRAIL_LAUNCH ? "callers" : "services") + ": "
                    + String.join(", ", f.principals()));
        }
        if (!f.commands().isEmpty()) {
            w.println("  make private (with credentials for " + f.account() + "):");
            f.commands().forEach(c -> w.println("    " + c));
        }
    }

    // --------------------------------------------------------------------------------------- markdown

    void markdown(PrintWriter w) {
        Allowlist allowlist = report.allowlist();
        w.println("## AMI allowlist impact as of " + allowlist.asOf());
        w.println();
        w.println("> " + md(report.summaryLine()));
        w.println();
        w.println("| | |");
        w.println("|---|---|");
        w.println("| Config | `" + md(config.toString()) + "` |");
        w.println("| Inventory | `" + md(inventory.toString()) + "`"
                + cloudTrail.stream().map(p -> ", `" + md(p.toString()) + "`").collect(Collectors.joining()) + " |");
        w.println("| Allowlist | " + md(allowlistLine(allowlist)) + " |");
        w.println("| Read | " + md(readLine(report.totals())) + " |");
        w.println("| Checked | " + md(checkedLine(report.totals())) + " |");
        for (Section section : sections()) {
            List<ImpactFinding> findings = report.findings().stream().filter(section.filter).toList();
            if (findings.isEmpty()) {
                continue;
            }
            w.println();
            w.println("### " + section.title);
            w.println();
            if (section.publicImages) {
                w.println("| Account | Region | Images | Make private with (credentials for the account) |");
                w.println("|---|---|---|---|");
                for (ImpactFinding f : findings) {
                    w.println("| " + f.account() + " | " + md(f.region()) + " | " + codes(f.examples()) + more(f)
                            + " | " + f.commands().stream().map(c -> "`" + md(c) + "`").collect(Collectors.joining(
                                    "<br>")) + " |");
                }
                continue;
            }
            w.println("| Account | Region | Code | Owner | Count | Allowed AMIs | SCP | Examples | What it means |");
            w.println("|---|---|---|---|--:|---|---|---|---|");
            for (ImpactFinding f : findings) {
                w.println("| " + f.account() + " | " + md(f.region()) + " | `" + f.code() + "` | "
                        + f.owner().map(o -> md(o.label())).orElse("") + " | " + f.count() + " | "
                        + f.allowedImages().label() + " | " + f.scp().label() + " | " + codes(f.examples()) + more(f)
                        + " | " + md(f.message()) + " |");
            }
        }
        if (report.problemCount() > 0) {
            w.println();
            w.println("### Input problems (" + report.problemCount() + ", skipped; the scan went on)");
            w.println();
            for (InputProblem problem : report.problems()) {
                w.println("- `" + md(problem.toString()) + "`");
            }
            long more = report.problemCount() - report.problems().size();
            if (more > 0) {
                w.println("- ... and " + more + " more");
            }
        }
    }

    private static String codes(List<String> values) {
        return values.stream().map(v -> "`" + md(v) + "`").collect(Collectors.joining(", "));
    }

    /** Escapes what would break a markdown table cell. */
    static String md(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("`", "'");
    }

    // ------------------------------------------------------------------------------------------- json

    void json(PrintWriter out) {
        JsonOut.write(out, json -> {
            Allowlist allowlist = report.allowlist();
            json.writeStartObject();
            json.writeStringField("command", "impact");
            json.writeStringField("status", report.wouldBlock() ? "would_block" : "clear");
            json.writeStringField("as_of", allowlist.asOf().toString());
            json.writeStringField("config", config.toString());
            json.writeStringField("inventory", inventory.toString());
            JsonOut.strings(json, "cloudtrail", cloudTrail.stream().map(Path::toString).toList());
            JsonOut.strings(json, "providers", allowlist.declarativeProviders());
            JsonOut.strings(json, "ec2_owners", allowlist.scpOwners());
            json.writeStringField("summary", report.summaryLine());
            totals(json, report.totals());
            json.writeArrayFieldStart("findings");
            for (ImpactFinding f : report.findings()) {
                finding(json, f);
            }
            json.writeEndArray();
            json.writeNumberField("problem_count", report.problemCount());
            JsonOut.problems(json, "problems", report.problems());
            json.writeEndObject();
        });
    }

    private static void totals(JsonGenerator json, ScanTotals t) throws IOException {
        json.writeObjectFieldStart("totals");
        json.writeNumberField("accounts", t.accounts());
        json.writeNumberField("regions", t.regions());
        json.writeNumberField("capture_files", t.captureFiles());
        json.writeNumberField("cloudtrail_files", t.cloudTrailFiles());
        json.writeNumberField("skipped_files", t.skippedFiles());
        json.writeNumberField("instances", t.instances());
        json.writeNumberField("instances_not_checked", t.instancesNotChecked());
        json.writeNumberField("images", t.images());
        json.writeNumberField("launch_template_versions", t.launchTemplateVersions());
        json.writeNumberField("auto_scaling_groups", t.autoScalingGroups());
        json.writeNumberField("cloudtrail_records", t.cloudTrailRecords());
        json.writeNumberField("launch_events", t.launchEvents());
        json.writeNumberField("other_launch_events", t.otherLaunchEvents());
        json.writeNumberField("json_bytes", t.jsonBytes());
        json.writeEndObject();
    }

    private static void finding(JsonGenerator json, ImpactFinding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", f.code());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("category", f.category().code());
        json.writeStringField("account_id", f.account().value());
        json.writeStringField("region", f.region());
        if (f.owner().isPresent()) {
            ImageOwner owner = f.owner().get();
            json.writeObjectFieldStart("owner");
            json.writeStringField("account_id", owner.account().value());
            if (owner.alias().isPresent()) {
                json.writeStringField("alias", owner.alias().get().scpName());
            } else {
                json.writeNullField("alias");
            }
            json.writeEndObject();
        } else {
            json.writeNullField("owner");
        }
        json.writeStringField("allowed_amis", f.allowedImages().code());
        json.writeStringField("scp", f.scp().code());
        nullable(json, "outcome", f.outcome());
        json.writeNumberField("count", f.count());
        JsonOut.strings(json, "examples", f.examples());
        JsonOut.strings(json, "image_ids", f.imageIds());
        JsonOut.strings(json, "principals", f.principals());
        nullable(json, "first_seen", f.firstSeen());
        nullable(json, "last_seen", f.lastSeen());
        json.writeStringField("message", f.message());
        JsonOut.strings(json, "commands", f.commands());
        json.writeEndObject();
    }

    private static void nullable(JsonGenerator json, String name, String value) throws IOException {
        if (value.isEmpty()) {
            json.writeNullField(name);
        } else {
            json.writeStringField(name, value);
        }
    }

    // ----------------------------------------------------------------------------------------- shared

    /** A part of the report: a heading and which findings it holds. */
    private record Section(String title, Predicate<ImpactFinding> filter, boolean publicImages) {
    }

    private static List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Would be blocked", ImpactFinding::wouldBlock, false));
        sections.add(new Section("Public images to make private",
                f -> f.category() == FindingCategory.PUBLIC_IMAGE, true));
        sections.add(new Section("Not resolved: what enforcement would do cannot be told",
                f -> f.category() == FindingCategory.UNRESOLVED, false));
        sections.add(new Section("Not on the allowlist, yet not blocked (for information)",
                f -> f.severity() == Severity.INFO, false));
        return sections;
    }

    private static String allowlistLine(Allowlist allowlist) {
        String providers = String.join(", ", allowlist.declarativeProviders());
        String amazon = allowlist.aliases().contains(ProviderAlias.AMAZON) ? "" : "; \"amazon\" is not allowed";
        return providers + " (" + allowlist.providers().size() + " providers" + amazon + ")";
    }

    private static String readLine(ScanTotals t) {
        return String.format(Locale.ROOT, "%d %s, %d %s; %d capture %s, %d CloudTrail %s, %d skipped; %,d bytes"
                        + " of JSON", t.accounts(), plural(t.accounts(), "account"), t.regions(),
                plural(t.regions(), "region"), t.captureFiles(), plural(t.captureFiles(), "file"), t.cloudTrailFiles(),
                plural(t.cloudTrailFiles(), "file"), t.skippedFiles(), t.jsonBytes());
    }

    private static String checkedLine(ScanTotals t) {
        StringBuilder line = new StringBuilder(FindingCategory.INSTANCE.count(t.instances()));
        if (t.instancesNotChecked() > 0) {
            line.append(" (").append(t.instancesNotChecked()).append(" shutting down or terminated, not checked)");
        }
        line.append(", ").append(FindingCategory.LAUNCH_TEMPLATE.count(t.launchTemplateVersions()))
                .append(", ").append(FindingCategory.AUTO_SCALING_GROUP.count(t.autoScalingGroups()))
                .append(", ").append(t.launchEvents()).append(t.launchEvents() == 1 ? " RunInstances call" :
                        " RunInstances calls").append(" in ").append(t.cloudTrailRecords())
                .append(t.cloudTrailRecords() == 1 ? " CloudTrail record" : " CloudTrail records");
        if (t.otherLaunchEvents() > 0) {
            line.append(" (").append(t.otherLaunchEvents()).append(" fleet, Spot or root-volume ")
                    .append(t.otherLaunchEvents() == 1 ? "call" : "calls").append(" not classified)");
        }
        return line.toString();
    }

    private static String examplesLabel(FindingCategory category) {
        return switch (category) {
            case INSTANCE -> "instances";
            case LAUNCH_TEMPLATE -> "versions";
            case AUTO_SCALING_GROUP -> "groups";
            case CLOUDTRAIL_LAUNCH -> "events";
            case AMAZON_IMAGES -> "uses";
            case PUBLIC_IMAGE -> "images";
            case UNRESOLVED -> "references";
        };
    }

    private static String more(ImpactFinding f) {
        long more = f.count() - f.examples().size();
        return more > 0 ? " and " + more + " more" : "";
    }

    private static String plural(long n, String noun) {
        return n == 1 ? noun : noun + "s";
    }
}

package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.policy.PolicyDocument;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.policy.RenderedPolicies;
import io.github.amigovernance.core.verify.AccountDescriptions;
import io.github.amigovernance.core.verify.DeclarativeContent;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.PolicyReader;
import io.github.amigovernance.core.verify.ScpContent;
import io.github.amigovernance.core.verify.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Compares the policies deployed in AWS Organizations, as a capture shows them, with the policies a
 * config renders: whether each exists under its configured name, what its content means (not how
 * its text is laid out), and where it is attached.
 *
 * <p>The content is compared by meaning: accounts and aliases added to or removed from each list,
 * the mode, statements added, removed or changed, the exception message. Anything in the deployed
 * policy outside the shape this project renders (another attribute, an unlocked value) is reported
 * as the verifier reports it. The class has no state and is safe to use from any thread.
 */
public final class DriftDetector {

    /** The rule name of findings about whether a policy exists and how it is described. */
    public static final String POLICY_RULE = "drift-policy";

    /** The rule name of findings about what a deployed policy says. */
    public static final String CONTENT_RULE = "drift-content";

    /** The rule name of findings about where a policy is attached. */
    public static final String ATTACHMENT_RULE = "drift-attachments";

    private DriftDetector() {
    }

    /**
     * Compares a capture with the policies rendered from {@code config}.
     *
     * @param config the config, for the names, descriptions and targets, and to describe accounts
     * @param rendered the policies the config renders on the day and in the mode to compare with
     * @param capture what is deployed
     * @return one result per policy, declarative policy first
     */
    public static DriftReport detect(GovernanceConfig config, RenderedPolicies rendered, Capture capture) {
        AccountDescriptions accounts = new AccountDescriptions(config, rendered.allowlist().asOf());
        List<PolicyDrift> results = new ArrayList<>();
        for (PolicyDocument document : rendered.documents()) {
            boolean declarative = document.kind() == PolicyKind.DECLARATIVE_POLICY_EC2;
            PolicyMetadata metadata = declarative ? config.deployment().declarative() : config.deployment().scp();
            List<TargetId> targets = declarative ? config.deployment().declarativeTargets()
                    : config.deployment().scpTargets();
            results.add(compare(document, metadata, targets, capture.policy(document.kind()), rendered, accounts));
        }
        return new DriftReport(rendered.allowlist().asOf(), rendered.mode(), results);
    }

    private static PolicyDrift compare(PolicyDocument document, PolicyMetadata metadata, List<TargetId> targets,
            CapturedPolicy captured, RenderedPolicies rendered, AccountDescriptions accounts) {
        PolicyKind kind = document.kind();
        if (captured instanceof CapturedPolicy.Missing missing) {
            return new PolicyDrift(kind, metadata, Optional.empty(), PolicyDrift.Status.MISSING, List.of(),
                    List.of(Finding.error("POLICY_MISSING", null, "no " + kind.organizationsType() + " policy is named "
                            + Quoting.quote(metadata.name()) + " in " + missing.listSource() + "; deploy the rendered"
                            + " policies, or give the deployed policy's name in the config (policies."
                            + configKey(kind) + ".name)", POLICY_RULE)));
        }
        if (captured instanceof CapturedPolicy.Ambiguous ambiguous) {
            return new PolicyDrift(kind, metadata, Optional.empty(), PolicyDrift.Status.MISSING, List.of(),
                    List.of(Finding.error("POLICY_NAME_AMBIGUOUS", null, ambiguous.ids().size() + " "
                            + kind.organizationsType() + " policies are named " + Quoting.quote(metadata.name())
                            + " in " + ambiguous.listSource() + " (" + String.join(", ", ambiguous.ids())
                            + "); rename or delete all but one, so that the deployed one can be told apart",
                            POLICY_RULE)));
        }
        DeployedPolicy deployed = ((CapturedPolicy.Found) captured).policy();
        String label = "the deployed " + kind.label() + " (" + deployed.id() + ")";
        List<Finding> findings = new ArrayList<>();
        if (!deployed.description().equals(metadata.description())) {
            findings.add(Finding.warning("DESCRIPTION_CHANGED", null, label + " is described as "
                    + Quoting.quote(deployed.description()) + "; the config's description is "
                    + Quoting.quote(metadata.description()), POLICY_RULE));
        }
        List<Finding> content = content(deployed, document, label, rendered, accounts);
        findings.addAll(content);
        if (content.isEmpty() && !deployed.content().equals(document.content())) {
            findings.add(new Finding("CONTENT_REFORMATTED", Severity.INFO, Optional.empty(), "the text of " + label
                    + " differs from the rendered text only in layout or order (" + characters(deployed.content())
                    + " characters deployed, " + document.characters() + " rendered); AWS reads both the same",
                    CONTENT_RULE));
        }
        findings.addAll(attachments(deployed, targets, label));
        findings.sort(Comparator.comparing(Finding::severity));
        PolicyDrift.Status status = findings.stream().anyMatch(Finding::isError)
                ? PolicyDrift.Status.DRIFTED : PolicyDrift.Status.IN_SYNC;
        return new PolicyDrift(kind, metadata, Optional.of(deployed.id()), status, deployed.targets(), findings);
    }

    private static List<Finding> content(DeployedPolicy deployed, PolicyDocument document, String label,
            RenderedPolicies rendered, AccountDescriptions accounts) {
        JsonValue wantedTree = parseRendered(document);
        ContentDiff diff = new ContentDiff(accounts, rendered.allowlist().asOf(), label);
        List<Finding> findings = new ArrayList<>();
        if (document.kind() == PolicyKind.DECLARATIVE_POLICY_EC2) {
            PolicyReader.Result<DeclarativeContent> live = PolicyReader.declarative(deployed.source(),
                    deployed.contentTree());
            DeclarativeContent wanted = renderedContent(PolicyReader.declarative(document.kind().fileName(),
                    wantedTree));
            findings.addAll(live.findings());
            live.content().ifPresent(c -> diff.declarative(c, wanted));
        } else {
            PolicyReader.Result<ScpContent> live = PolicyReader.scp(deployed.source(), deployed.contentTree());
            ScpContent wanted = renderedContent(PolicyReader.scp(document.kind().fileName(), wantedTree));
            findings.addAll(live.findings());
            live.content().ifPresent(c -> diff.scp(c, wanted));
        }
        findings.addAll(diff.findings());
        return findings;
    }

    private static List<Finding> attachments(DeployedPolicy deployed, List<TargetId> targets, String label) {
        Map<String, DeployedTarget> attached = new LinkedHashMap<>();
        deployed.targets().forEach(t -> attached.putIfAbsent(t.id(), t));
        List<Finding> findings = new ArrayList<>();
        for (TargetId target : targets) {
            if (attached.remove(target.value()) == null) {
                String governed = target.kind() == TargetId.Kind.ACCOUNT ? "that account" : "the accounts under it";
                findings.add(Finding.error("ATTACHMENT_MISSING", target.account().orElse(null), label
                        + " is not attached to " + target + ", which its targets in the config list, so it does not"
                        + " govern " + governed, ATTACHMENT_RULE));
            }
        }
        for (DeployedTarget extra : attached.values()) {
            findings.add(Finding.error("ATTACHMENT_EXTRA", TargetId.kindOf(extra.id())
                    .filter(TargetId.Kind.ACCOUNT::equals).map(k -> TargetId.of(extra.id()).account().get())
                    .orElse(null), label + " is also attached to " + extra.describe() + ", which its targets in the"
                    + " config do not list; detach it, or add it to the targets", ATTACHMENT_RULE));
        }
        return findings;
    }

    private static JsonValue parseRendered(PolicyDocument document) {
        Problems problems = new Problems(document.kind().fileName());
        return new JsonTreeReader().read(document.bytes(), problems).orElseThrow(() -> new IllegalStateException(
                "a rendered policy is not JSON: " + problems.list()));
    }

    private static <T> T renderedContent(PolicyReader.Result<T> result) {
        if (!result.findings().isEmpty() || result.content().isEmpty()) {
            throw new IllegalStateException("a rendered policy does not have the rendered shape: "
                    + result.findings().stream().map(Finding::toString).collect(Collectors.joining("; ")));
        }
        return result.content().get();
    }

    private static int characters(String text) {
        return text.codePointCount(0, text.length());
    }

    private static String configKey(PolicyKind kind) {
        return kind == PolicyKind.DECLARATIVE_POLICY_EC2 ? "declarative" : "scp";
    }
}

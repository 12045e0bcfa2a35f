package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.verify.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns what a scan read into findings: resolves every image reference to an owner, applies both
 * enforcement layers, and groups the results by account, region and owner. Single-threaded; runs
 * once, after every file has been read, on data whose size depends on the number of resources and
 * distinct images, never on the size of the CloudTrail archive.
 *
 * <p>The two layers, as AWS documents them:
 * <ul>
 *   <li>Allowed AMIs ({@code enabled}) refuses images whose provider is not allowed, for every
 *       caller, but never the images an account owns itself.</li>
 *   <li>The SCP's launch deny refuses images whose {@code ec2:Owner} is not allowed, own images
 *       included, but does not restrict AWS services that launch through a service-linked role or
 *       their own service principal (Auto Scaling, for one), nor the management account.</li>
 * </ul>
 */
final class Classifier {

    /** Why the owner of a referenced image could not be told. */
    enum Unresolved {
        IMAGE_NOT_CAPTURED("the image is in no describe-images capture",
                "capture describe-images for these image IDs (see the capture commands)"),
        SSM_PARAMETER("the launch template names an SSM parameter instead of an image ID",
                "capture launch templates with --resolve-alias"),
        TEMPLATE_NOT_CAPTURED("the launch template is in no describe-launch-template-versions capture",
                "capture the template's versions"),
        TEMPLATE_VERSION_NOT_CAPTURED("that version of the launch template is not in the capture",
                "capture the version with describe-launch-template-versions --launch-template-id ID --versions N"),
        LAUNCH_CONFIGURATION_NOT_CAPTURED("the launch configuration is in no describe-launch-configurations capture",
                "capture describe-launch-configurations"),
        NO_IMAGE_IN_RECORD("the record names neither an image nor a launch template",
                "check the record by hand");

        final String reason;
        final String advice;

        Unresolved(String reason, String advice) {
            this.reason = reason;
            this.advice = advice;
        }
    }

    private static final String SSM_PREFIX = "resolve:ssm:";
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9._/:=@%+-]+");
    private static final Comparator<ImpactFinding> REPORT_ORDER = Comparator
            .comparing(ImpactFinding::category)
            .thenComparing(ImpactFinding::account)
            .thenComparing(ImpactFinding::region)
            .thenComparing(ImpactFinding::severity)
            .thenComparing(f -> f.owner().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ImpactFinding::allowedImages)
            .thenComparing(ImpactFinding::scp)
            .thenComparing(ImpactFinding::outcome)
            .thenComparing(ImpactFinding::code)
            .thenComparing(ImpactFinding::message);

    private final Allowlist allowlist;
    private final Inventory inventory;
    private final LaunchLog launches;
    private final Set<AccountId> organizationAccounts;
    private final Map<GroupKey, Group> groups = new HashMap<>();
    private final Map<String, Map<String, Template>> templates = new HashMap<>();
    private final Map<String, String> launchConfigurations = new HashMap<>();
    private final Map<String, AmazonUses> amazon = new TreeMap<>();

    private long instancesChecked;
    private long templateVersionsChecked;
    private long groupsChecked;

    /**
     * Prepares a classification.
     *
     * @param organizationAccounts the accounts whose public images are reported
     */
    Classifier(Allowlist allowlist, Inventory inventory, LaunchLog launches, Set<AccountId> organizationAccounts) {
        this.allowlist = allowlist;
        this.inventory = inventory;
        this.launches = launches;
        this.organizationAccounts = Set.copyOf(organizationAccounts);
        // Workers read files in no fixed order; sorting by content makes "first wins" below deterministic.
        inventory.instances.sort(Comparator.comparing(Object::toString));
        inventory.templateVersions.sort(Comparator.comparing(Object::toString));
        inventory.autoScalingGroups.sort(Comparator.comparing(Object::toString));
        inventory.launchConfigurations.sort(Comparator.comparing(Object::toString));
        indexTemplates();
        for (Inventory.LaunchConfiguration configuration : inventory.launchConfigurations) {
            String key = scope(configuration.account(), configuration.region()) + configuration.name();
            launchConfigurations.putIfAbsent(key, configuration.imageId());
        }
    }

    /** Returns the findings, in report order. */
    List<ImpactFinding> classify() {
        instances();
        templateVersions();
        autoScalingGroups();
        cloudTrail();
        List<ImpactFinding> findings = new ArrayList<>();
        groups.forEach((key, group) -> findings.add(finding(key, group)));
        findings.addAll(amazonImages());
        findings.addAll(publicImages());
        findings.sort(REPORT_ORDER);
        return List.copyOf(findings);
    }

    long instancesChecked() {
        return instancesChecked;
    }

    long templateVersionsChecked() {
        return templateVersionsChecked;
    }

    long groupsChecked() {
        return groupsChecked;
    }

    // ----------------------------------------------------------------------------------------- layers

    private boolean allowed(ImageOwner owner) {
        return allowlist.allows(owner.account()) || owner.alias().map(allowlist.aliases()::contains).orElse(false);
    }

    private AllowedImagesVerdict allowedImages(ImageOwner owner, AccountId launchingAccount) {
        if (allowed(owner)) {
            return AllowedImagesVerdict.ALLOWED;
        }
        return owner.account().equals(launchingAccount) ? AllowedImagesVerdict.OWN_IMAGE_EXEMPT
                : AllowedImagesVerdict.BLOCKED;
    }

    private ScpVerdict scp(ImageOwner owner, boolean launchedByService) {
        if (allowed(owner)) {
            return ScpVerdict.ALLOWED;
        }
        return launchedByService ? ScpVerdict.SERVICE_EXEMPT : ScpVerdict.DENIED;
    }

    private static boolean blocks(AllowedImagesVerdict allowedImages, ScpVerdict scp) {
        return allowedImages == AllowedImagesVerdict.BLOCKED || scp == ScpVerdict.DENIED;
    }

    // ------------------------------------------------------------------------------------- resources

    private void instances() {
        Map<String, Inventory.Instance> unique = new TreeMap<>();
        for (Inventory.Instance instance : inventory.instances) {
            unique.putIfAbsent(scope(instance.account(), instance.region()) + instance.instanceId(), instance);
        }
        instancesChecked = unique.size();
        for (Inventory.Instance instance : unique.values()) {
            String label = instance.instanceId() + " (" + instance.state()
                    + (instance.autoScalingGroup() != null ? ", Auto Scaling group " + instance.autoScalingGroup() : "")
                    + ")";
            ImageOwner owner = instance.owner();
            if (owner == null && instance.imageId() != null) {
                Inventory.Image image = inventory.images.get(instance.imageId());
                owner = image == null ? null : image.owner();
            }
            if (owner == null) {
                Unresolved why = instance.imageId() == null ? Unresolved.NO_IMAGE_IN_RECORD
                        : Unresolved.IMAGE_NOT_CAPTURED;
                unresolved(FindingCategory.INSTANCE, instance.account(), instance.region(), why, label,
                        instance.imageId());
                continue;
            }
            Use use = new Use(FindingCategory.INSTANCE, instance.account(), instance.region(), owner,
                    instance.autoScalingGroup() != null, "");
            use.record(label, instance.instanceId(), instance.imageId(), instance.operator());
        }
    }

    private void templateVersions() {
        for (Map<String, Template> byId : templates.values()) {
            for (Template template : byId.values()) {
                for (Inventory.TemplateVersion version : template.versions.values()) {
                    templateVersionsChecked++;
                    if (version.imageId() == null) {
                        continue;
                    }
                    boolean latest = version.version() == template.latest();
                    String label = template.label() + " version " + version.version()
                            + (version.isDefault() && latest ? " (default, latest)"
                                    : version.isDefault() ? " (default)" : latest ? " (latest)" : "");
                    Resolution image = resolveImage(version.imageId());
                    if (image.owner == null) {
                        unresolved(FindingCategory.LAUNCH_TEMPLATE, version.account(), version.region(), image.why,
                                label, version.imageId());
                        continue;
                    }
                    Use use = new Use(FindingCategory.LAUNCH_TEMPLATE, version.account(), version.region(), image.owner,
                            false, "");
                    use.record(label, label, version.imageId(), null);
                }
            }
        }
    }

    private void autoScalingGroups() {
        Map<String, Inventory.AutoScalingGroup> unique = new TreeMap<>();
        for (Inventory.AutoScalingGroup group : inventory.autoScalingGroups) {
            unique.putIfAbsent(scope(group.account(), group.region()) + group.name(), group);
        }
        groupsChecked = unique.size();
        for (Inventory.AutoScalingGroup group : unique.values()) {
            for (Inventory.TemplateRef ref : group.templates()) {
                Resolution image = resolveTemplate(group.account(), group.region(), ref);
                String label = group.name() + " (" + ref.label()
                        + (image.imageId != null ? " -> " + image.imageId : "") + ")";
                groupUse(group, image, label);
            }
            if (group.launchConfiguration() != null) {
                String imageId = launchConfigurations.get(scope(group.account(), group.region())
                        + group.launchConfiguration());
                Resolution image = imageId == null
                        ? Resolution.unresolved(null, Unresolved.LAUNCH_CONFIGURATION_NOT_CAPTURED)
                        : resolveImage(imageId);
                String label = group.name() + " (launch configuration " + group.launchConfiguration() + ")";
                groupUse(group, image, label);
            }
        }
    }

    private void groupUse(Inventory.AutoScalingGroup group, Resolution image, String label) {
        if (image.owner == null && image.why == null) {
            return;
        }
        if (image.owner == null) {
            unresolved(FindingCategory.AUTO_SCALING_GROUP, group.account(), group.region(), image.why, label,
                    image.imageId);
            return;
        }
        Use use = new Use(FindingCategory.AUTO_SCALING_GROUP, group.account(), group.region(), image.owner, true, "");
        use.record(label, group.name(), image.imageId, null);
    }

    private void cloudTrail() {
        for (Map.Entry<LaunchLog.Key, LaunchLog.Stats> entry : launches.launches.entrySet()) {
            LaunchLog.Key key = entry.getKey();
            LaunchLog.Stats stats = entry.getValue();
            Resolution image;
            if (!key.imageId().isEmpty()) {
                image = resolveImage(key.imageId());
            } else if (key.template() != null) {
                image = resolveTemplate(key.account(), key.region(), key.template());
            } else {
                image = Resolution.unresolved(null, Unresolved.NO_IMAGE_IN_RECORD);
            }
            if (image.owner == null && image.why == null) {
                image = Resolution.unresolved(null, Unresolved.NO_IMAGE_IN_RECORD);
            }
            GroupKey groupKey;
            if (image.owner == null) {
                groupKey = new GroupKey(FindingCategory.UNRESOLVED, key.account(), key.region(), null,
                        AllowedImagesVerdict.NOT_EVALUATED, ScpVerdict.NOT_EVALUATED, "",
                        FindingCategory.CLOUDTRAIL_LAUNCH, image.why);
            } else {
                boolean service = key.launcher() == LaunchLog.Launcher.AWS_SERVICE;
                AllowedImagesVerdict a = allowedImages(image.owner, key.account());
                ScpVerdict s = scp(image.owner, service);
                if (a == AllowedImagesVerdict.ALLOWED) {
                    continue;
                }
                groupKey = new GroupKey(FindingCategory.CLOUDTRAIL_LAUNCH, key.account(), key.region(), image.owner, a,
                        s, key.outcome(), null, null);
                if (LaunchLog.SUCCEEDED.equals(key.outcome()) && blocks(a, s)) {
                    amazonUse(image.owner, key.account(), key.region(), FindingCategory.CLOUDTRAIL_LAUNCH, stats.calls,
                            stats.eventIds.values(), service ? stats.principals.values() : List.of());
                }
            }
            Group group = groups.computeIfAbsent(groupKey, k -> new Group());
            group.count += stats.calls;
            group.instances += stats.instances;
            group.examples.addAll(stats.eventIds);
            group.principals.addAll(stats.principals);
            if (image.imageId != null) {
                group.images.add(image.imageId);
            } else if (key.template() != null) {
                group.images.add(key.template().label());
            }
            group.seen(stats.firstSeen);
            group.seen(stats.lastSeen);
        }
    }

    // ------------------------------------------------------------------------------------- resolving

    private void indexTemplates() {
        for (Inventory.TemplateVersion version : inventory.templateVersions) {
            String scope = scope(version.account(), version.region());
            Template template = templates.computeIfAbsent(scope, s -> new TreeMap<>())
                    .computeIfAbsent(version.templateId(), id -> new Template(id));
            template.add(version);
        }
    }

    private Resolution resolveTemplate(AccountId account, String region, Inventory.TemplateRef ref) {
        Map<String, Template> inScope = templates.getOrDefault(scope(account, region), Map.of());
        Template template = null;
        if (ref.templateId() != null) {
            template = inScope.get(ref.templateId());
        } else {
            for (Template candidate : inScope.values()) {
                if (candidate.name.equals(ref.templateName())) {
                    template = candidate;
                }
            }
        }
        if (template == null) {
            return Resolution.unresolved(null, Unresolved.TEMPLATE_NOT_CAPTURED);
        }
        Inventory.TemplateVersion version = template.version(ref.version());
        if (version == null) {
            return Resolution.unresolved(null, Unresolved.TEMPLATE_VERSION_NOT_CAPTURED);
        }
        if (version.imageId() == null) {
            return Resolution.unresolved(null, null);
        }
        return resolveImage(version.imageId());
    }

    private Resolution resolveImage(String imageId) {
        if (imageId.startsWith(SSM_PREFIX)) {
            return Resolution.unresolved(imageId, Unresolved.SSM_PARAMETER);
        }
        Inventory.Image image = inventory.images.get(imageId);
        if (image == null) {
            return Resolution.unresolved(imageId, Unresolved.IMAGE_NOT_CAPTURED);
        }
        return new Resolution(imageId, image.owner(), null);
    }

    private void unresolved(FindingCategory subject, AccountId account, String region, Unresolved why, String label,
            String imageId) {
        GroupKey key = new GroupKey(FindingCategory.UNRESOLVED, account, region, null,
                AllowedImagesVerdict.NOT_EVALUATED, ScpVerdict.NOT_EVALUATED, "", subject, why);
        Group group = groups.computeIfAbsent(key, k -> new Group());
        group.count++;
        group.examples.add(label);
        if (imageId != null) {
            group.images.add(imageId);
        }
    }

    private static String scope(AccountId account, String region) {
        return account.value() + '\u0000' + region + '\u0000';
    }

    // ------------------------------------------------------------------------------ amazon & public

    private void amazonUse(ImageOwner owner, AccountId account, String region, FindingCategory category, long count,
            List<String> examples, List<String> services) {
        if (owner.alias().orElse(null) != ProviderAlias.AMAZON || allowlist.aliases().contains(ProviderAlias.AMAZON)) {
            return;
        }
        AmazonUses uses = amazon.computeIfAbsent(scope(account, region), s -> new AmazonUses(account, region));
        uses.counts.merge(category, count, Long::sum);
        uses.examples.addAll(examples);
        uses.services.addAll(services);
    }

    private List<ImpactFinding> amazonImages() {
        List<ImpactFinding> findings = new ArrayList<>();
        for (AmazonUses uses : amazon.values()) {
            List<String> parts = new ArrayList<>();
            long total = 0;
            for (Map.Entry<FindingCategory, Long> count : uses.counts.entrySet()) {
                parts.add(count.getKey().count(count.getValue()));
                total += count.getValue();
            }
            String services = uses.services.values().isEmpty() ? ""
                    : " Services seen launching or managing them: " + String.join(", ", uses.services.values()) + ".";
            String message = "Images published by Amazon are in use (" + String.join(", ", parts) + "), but \"amazon\""
                    + " is not an allowed provider, so enforcement would refuse them. ECS, EKS, AWS Batch and Lambda"
                    + " managed instances launch from Amazon's images; add \"amazon\" to provider_aliases, or move"
                    + " these workloads to approved images before enforcing." + services;
            findings.add(new ImpactFinding("AMAZON_IMAGES_NOT_ALLOWED", Severity.ERROR, FindingCategory.AMAZON_IMAGES,
                    uses.account, uses.region, Optional.empty(), AllowedImagesVerdict.NOT_EVALUATED,
                    ScpVerdict.NOT_EVALUATED, "", total, uses.examples.values(), List.of(), uses.services.values(), "",
                    "", message, List.of()));
        }
        return findings;
    }

    private List<ImpactFinding> publicImages() {
        Map<String, List<Inventory.Image>> byScope = new TreeMap<>();
        for (Inventory.Image image : inventory.images.values()) {
            if (image.isPublic() && organizationAccounts.contains(image.owner().account())) {
                String scope = scope(image.owner().account(), image.region());
                byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(image);
            }
        }
        List<ImpactFinding> findings = new ArrayList<>();
        for (List<Inventory.Image> images : byScope.values()) {
            images.sort(Comparator.comparing(Inventory.Image::imageId));
            Inventory.Image first = images.get(0);
            AccountId owner = first.owner().account();
            BoundedSample<String> examples = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);
            List<String> commands = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Inventory.Image image : images) {
                ids.add(image.imageId());
                examples.add(image.imageId() + (image.name().isEmpty() ? "" : " (" + image.name() + ")"));
                commands.add("aws ec2 modify-image-attribute --region " + shellWord(first.region()) + " --image-id "
                        + shellWord(image.imageId()) + " --launch-permission \"Remove=[{Group=all}]\"");
            }
            String when = allowlist.internalPublishers().contains(owner) ? ""
                    : " Run them before attaching the SCP: it denies ModifyImageAttribute outside the publisher"
                            + " accounts, and this account is not one.";
            String message = FindingCategory.PUBLIC_IMAGE.count(images.size()) + " owned by " + owner + " can be"
                    + " launched by anyone. The declarative policy's block_new_sharing stops new public sharing but"
                    + " does not make " + (images.size() == 1 ? "it" : "them") + " private; run the commands below with"
                    + " credentials for " + owner + "." + when;
            findings.add(new ImpactFinding("PUBLIC_IMAGE", Severity.WARNING, FindingCategory.PUBLIC_IMAGE, owner,
                    first.region(), Optional.of(ImageOwner.of(owner)), AllowedImagesVerdict.NOT_EVALUATED,
                    ScpVerdict.NOT_EVALUATED, "", images.size(), examples.values(),
                    ids.subList(0, Math.min(ids.size(), ImpactFinding.SAMPLE_SIZE)), List.of(), "", "", message,
                    commands));
        }
        return findings;
    }

    /** Quotes a word for a POSIX shell when it holds anything but plain characters. */
    static String shellWord(String word) {
        if (SHELL_SAFE.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }

    // -------------------------------------------------------------------------------------- findings

    private ImpactFinding finding(GroupKey key, Group group) {
        if (key.category == FindingCategory.UNRESOLVED) {
            String message = key.subject.count(group.count) + verb(group.count, " refers", " refer")
                    + " to images whose owner is unknown: "
                    + key.why.reason + ". What enforcement would do to them cannot be told; " + key.why.advice
                    + " and run the report again.";
            return new ImpactFinding("IMAGE_NOT_RESOLVED", Severity.WARNING, FindingCategory.UNRESOLVED, key.account,
                    key.region, Optional.empty(), key.allowedImages, key.scp, "", group.count,
                    group.examples.values(), group.images.values(), List.of(), "", "", message, List.of());
        }
        boolean blocked = blocks(key.allowedImages, key.scp);
        boolean succeeded = LaunchLog.SUCCEEDED.equals(key.outcome);
        Severity severity;
        String code;
        String what;
        String owner = key.owner.label();
        String layers = layers(key.allowedImages, key.scp);
        long n = group.count;
        String them = n == 1 ? "it" : "them";
        switch (key.category) {
            case INSTANCE -> {
                code = blocked ? "INSTANCE_RELAUNCH_BLOCKED" : "INSTANCE_IMAGE_EXEMPT";
                what = key.category.count(n) + verb(n, " was", " were") + " launched from images of " + owner
                        + ", which is not on the allowlist. " + (n == 1 ? "It keeps" : "They keep") + " running, but "
                        + (key.scp == ScpVerdict.SERVICE_EXEMPT ? "Auto Scaling replacing " : "relaunching ") + them
                        + (blocked ? " would fail: " : " would still work: ") + layers + ".";
            }
            case LAUNCH_TEMPLATE -> {
                code = blocked ? "LAUNCH_TEMPLATE_BLOCKED" : "LAUNCH_TEMPLATE_IMAGE_EXEMPT";
                what = key.category.count(n) + verb(n, " names", " name") + " images of " + owner + ", which is not"
                        + " on the allowlist; launching from " + them
                        + (blocked ? " would fail: " : " would still work: ") + layers + ".";
            }
            case AUTO_SCALING_GROUP -> {
                code = blocked ? "SCALE_OUT_BLOCKED" : "SCALE_OUT_IMAGE_EXEMPT";
                what = key.category.count(n) + verb(n, " launches", " launch") + " images of " + owner + ", which is"
                        + " not on the allowlist; scale-out and instance replacement "
                        + (blocked ? "would fail: " : "would still work: ") + layers + "."
                        + (blocked ? "" : " A person launching the same image would be denied by the SCP.");
            }
            case CLOUDTRAIL_LAUNCH -> {
                String calls = n == 1 ? "1 RunInstances call" : n + " RunInstances calls";
                String span = group.firstSeen.equals(group.lastSeen) ? " at " + group.firstSeen
                        : " from " + group.firstSeen + " to " + group.lastSeen;
                if (!blocked) {
                    code = "LAUNCH_IMAGE_EXEMPT";
                    what = calls + span + " used images of " + owner + ", which is not on the allowlist, and would"
                            + " still work: " + layers + ".";
                } else if (succeeded) {
                    code = "LAUNCH_WOULD_BE_BLOCKED";
                    what = calls + span + " launched " + FindingCategory.INSTANCE.count(group.instances)
                            + " from images of " + owner + "; enforcement would have refused " + them + ": " + layers
                            + ".";
                } else {
                    code = "FAILED_LAUNCH_NOT_ALLOWED";
                    what = calls + span + " for images of " + owner + " failed already (" + key.outcome + ");"
                            + " enforcement would refuse " + them + " too: " + layers + ".";
                }
            }
            default -> throw new IllegalStateException("no finding for " + key.category);
        }
        severity = blocked && (key.category != FindingCategory.CLOUDTRAIL_LAUNCH || succeeded) ? Severity.ERROR
                : Severity.INFO;
        return new ImpactFinding(code, severity, key.category, key.account, key.region, Optional.of(key.owner),
                key.allowedImages, key.scp, key.category == FindingCategory.CLOUDTRAIL_LAUNCH ? key.outcome : "",
                group.count, group.examples.values(), group.images.values(), group.principals.values(),
                group.firstSeen, group.lastSeen, what, List.of());
    }

    private static String verb(long count, String singular, String plural) {
        return count == 1 ? singular : plural;
    }

    private static String layers(AllowedImagesVerdict allowedImages, ScpVerdict scp) {
        if (allowedImages == AllowedImagesVerdict.BLOCKED && scp == ScpVerdict.DENIED) {
            return "Allowed AMIs would refuse the image and the SCP would deny the launch";
        }
        if (allowedImages == AllowedImagesVerdict.BLOCKED) {
            return "Allowed AMIs would refuse the image (the SCP does not restrict the AWS service that launches it)";
        }
        if (scp == ScpVerdict.DENIED) {
            return "the SCP would deny the launch, though Allowed AMIs would not, since it never restricts an account's"
                    + " own images";
        }
        return "Allowed AMIs never restricts an account's own images, and SCPs do not restrict the AWS service that"
                + " launches them";
    }

    // ----------------------------------------------------------------------------------------- types

    /** One use of an image by a resource, to be counted into its group. */
    private final class Use {
        private final FindingCategory category;
        private final AccountId account;
        private final String region;
        private final ImageOwner owner;
        private final boolean service;
        private final String outcome;

        Use(FindingCategory category, AccountId account, String region, ImageOwner owner, boolean service,
                String outcome) {
            this.category = category;
            this.account = account;
            this.region = region;
            this.owner = owner;
            this.service = service;
            this.outcome = outcome;
        }

        /**
         * Counts the use, unless the owner is allowed.
         *
         * @param label how the resource is shown
         * @param identity what makes the resource distinct within its group, so that it is counted once
         * @param imageId the image used
         * @param operator the AWS service managing the resource, or {@code null}
         */
        void record(String label, String identity, String imageId, String operator) {
            AllowedImagesVerdict a = allowedImages(owner, account);
            if (a == AllowedImagesVerdict.ALLOWED) {
                return;
            }
            ScpVerdict s = scp(owner, service);
            GroupKey key = new GroupKey(category, account, region, owner, a, s, outcome, null, null);
            Group group = groups.computeIfAbsent(key, k -> new Group());
            if (!group.members.add(identity)) {
                return;
            }
            group.count++;
            group.examples.add(label);
            if (imageId != null) {
                group.images.add(imageId);
            }
            if (operator != null) {
                group.principals.add(operator);
            }
            if (blocks(a, s)) {
                amazonUse(owner, account, region, category, 1, List.of(label),
                        operator == null ? List.of() : List.of(operator));
            }
        }
    }

    /**
     * What findings are grouped by.
     *
     * @param subject for unresolved references, what kind of resource refers to the image
     * @param why for unresolved references, why the owner is unknown
     */
    private record GroupKey(FindingCategory category, AccountId account, String region, ImageOwner owner,
            AllowedImagesVerdict allowedImages, ScpVerdict scp, String outcome, FindingCategory subject,
            Unresolved why) {
    }

    /** What one group holds. */
    private static final class Group {
        long count;
        long instances;
        String firstSeen = "";
        String lastSeen = "";
        final Set<String> members = new HashSet<>();
        final BoundedSample<String> examples = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);
        final BoundedSample<String> images = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);
        final BoundedSample<String> principals = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);

        void seen(String time) {
            if (time.isEmpty()) {
                return;
            }
            if (firstSeen.isEmpty() || time.compareTo(firstSeen) < 0) {
                firstSeen = time;
            }
            if (lastSeen.isEmpty() || time.compareTo(lastSeen) > 0) {
                lastSeen = time;
            }
        }
    }

    /** The uses of Amazon's images in one account and region, while {@code amazon} is not allowed. */
    private static final class AmazonUses {
        final AccountId account;
        final String region;
        final Map<FindingCategory, Long> counts = new TreeMap<>();
        final BoundedSample<String> examples = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);
        final BoundedSample<String> services = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);

        AmazonUses(AccountId account, String region) {
            this.account = account;
            this.region = region;
        }
    }

    /** A launch template and the versions captured of it. */
    private static final class Template {
        final String id;
        String name = "";
        final TreeMap<Long, Inventory.TemplateVersion> versions = new TreeMap<>();

        Template(String id) {
            this.id = id;
        }

        void add(Inventory.TemplateVersion version) {
            versions.putIfAbsent(version.version(), version);
            if (name.isEmpty() || !version.templateName().isEmpty() && version.templateName().compareTo(name) < 0) {
                name = version.templateName();
            }
        }

        long latest() {
            return versions.lastKey();
        }

        Inventory.TemplateVersion version(String version) {
            if ("$Latest".equals(version)) {
                return versions.lastEntry().getValue();
            }
            if ("$Default".equals(version)) {
                return versions.values().stream().filter(Inventory.TemplateVersion::isDefault).findFirst().orElse(null);
            }
            try {
                return versions.get(Long.parseLong(version));
            } catch (NumberFormatException e) {
                return null;
            }
        }

        String label() {
            return name.isEmpty() ? id : id + " (" + name + ")";
        }
    }

    /**
     * An image reference resolved, as far as it goes.
     *
     * @param imageId the image ID, when known
     * @param owner the owner, when known
     * @param why why the owner is unknown; {@code null} when known, or when there is no image at all
     */
    private record Resolution(String imageId, ImageOwner owner, Unresolved why) {
        static Resolution unresolved(String imageId, Unresolved why) {
            return new Resolution(imageId, null, why);
        }
    }
}

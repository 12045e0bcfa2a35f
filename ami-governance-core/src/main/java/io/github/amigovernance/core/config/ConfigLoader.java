package io.github.amigovernance.core.config;

import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValue.JsonObject;
import io.github.amigovernance.core.json.JsonValue.Member;
import io.github.amigovernance.core.json.JsonValues;
import io.github.amigovernance.core.json.ObjectView;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.ExceptionPolicy;
import io.github.amigovernance.core.model.ExceptionTypePolicy;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.model.VendorPublisher;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads a config file ({@code ami_publishers.json}) strictly and reports every problem in it at once.
 *
 * <p>Unknown fields, repeated keys, content after the closing brace, numbers where strings belong,
 * impossible dates, unknown exception types and provider aliases are all errors: a typo must never
 * silently drop an expiry or an account. Instances are immutable and safe to share between threads.
 */
public final class ConfigLoader {

    /** The fields a config may have at the top level. */
    public static final List<String> TOP_LEVEL_FIELDS = List.of("$schema", "ops_publisher_account",
            "vendor_publisher_accounts", "provider_aliases", "exception_message", "exception_accounts",
            "exception_policy", "targets", "policies");

    // The fields of each nested object. Package-private so that a test can check that the JSON
    // Schema (resource io/github/amigovernance/core/schema/ami-publishers.schema.json) knows every one.

    /** The fields of {@code ops_publisher_account}. */
    static final List<String> OPS_FIELDS = List.of("account_id", "description");

    /** The fields of each {@code vendor_publisher_accounts} entry. */
    static final List<String> VENDOR_FIELDS = List.of("account_id", "vendor_name", "description");

    /** The fields of each {@code exception_accounts} entry. */
    static final List<String> EXCEPTION_FIELDS = List.of("account_id", "type", "expires_on", "reason", "ticket",
            "requested_by", "approved_by", "approval_date", "start_date");

    /** The fields of {@code exception_policy}. */
    static final List<String> POLICY_FIELDS = List.of("max_days", "extension_approver", "warning_days", "types");

    /** The fields of each {@code exception_policy.types} entry. */
    static final List<String> TYPE_FIELDS = List.of("max_days", "required_approvals");

    /** The fields of {@code policies}. */
    static final List<String> POLICIES_FIELDS = List.of("declarative", "scp");

    /** The fields of {@code policies.declarative} and {@code policies.scp}. */
    static final List<String> POLICY_SETTINGS_FIELDS = List.of("name", "description", "targets");

    /** The longest exception anyone could mean: ten years. */
    private static final int MAX_CONFIGURABLE_DAYS = 3650;

    private final JsonTreeReader reader;

    /** Creates a loader with the default size and nesting limits. */
    public ConfigLoader() {
        this(new JsonTreeReader());
    }

    /** Creates a loader that reads JSON with the given reader, and so with its limits. */
    public ConfigLoader(JsonTreeReader reader) {
        this.reader = reader;
    }

    /**
     * Reads and loads a config file.
     *
     * @param file the config file
     * @return the config
     * @throws InvalidInputException if the file cannot be read or anything in it is wrong; it
     *     carries every problem found
     */
    public GovernanceConfig load(Path file) {
        String source = file.toString();
        return parse(readFile(file, source), source);
    }

    /**
     * Loads a config from its text.
     *
     * @param content the file's bytes (UTF-8; a byte-order mark is accepted)
     * @param source the file name or label that problems will carry
     * @return the config
     * @throws InvalidInputException if anything in the text is wrong; it carries every problem found
     */
    public GovernanceConfig parse(byte[] content, String source) {
        Problems problems = new Problems(source);
        Optional<JsonValue> root = reader.read(content, problems);
        if (root.isEmpty()) {
            problems.throwIfAny();
        }
        GovernanceConfig config = bind(root.get(), problems);
        problems.throwIfAny();
        return config;
    }

    /**
     * Reads a whole input file, turning the usual failures into a problem a person can act on.
     *
     * @throws InvalidInputException if the file is missing, unreadable, a directory or too large
     */
    public static byte[] readFile(Path file, String source) {
        try {
            if (Files.isDirectory(file)) {
                throw invalid(source, "is a directory; expected a JSON file");
            }
            long size = Files.size(file);
            if (size > JsonTreeReader.DEFAULT_MAX_BYTES) {
                throw invalid(source, "the file is " + size + " bytes, more than the limit of "
                        + JsonTreeReader.DEFAULT_MAX_BYTES + " bytes");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw invalid(source, "no such file");
        } catch (AccessDeniedException e) {
            throw invalid(source, "permission denied");
        } catch (IOException e) {
            throw invalid(source, "could not be read: " + e.getMessage());
        }
    }

    private static InvalidInputException invalid(String source, String message) {
        return new InvalidInputException(List.of(InputProblem.of(source, message)));
    }

    private static GovernanceConfig bind(JsonValue root, Problems problems) {
        Optional<ObjectView> top = ObjectView.of(root, "", problems, "a JSON object at the top level",
                TOP_LEVEL_FIELDS);
        if (top.isEmpty()) {
            return null;
        }
        ObjectView config = top.get();
        config.optional("$schema")
                .ifPresent(v -> JsonValues.string(v, config.path("$schema"), problems, "a schema URI"));
        Optional<OpsPublisher> ops = config
                .required("ops_publisher_account", "an object with the ops publisher's account_id")
                .flatMap(v -> opsPublisher(v, config.path("ops_publisher_account"), problems));
        List<VendorPublisher> vendors = config.optional("vendor_publisher_accounts")
                .map(v -> list(v, config.path("vendor_publisher_accounts"), problems, "a list of vendor publishers",
                        ConfigLoader::vendorPublisher))
                .orElse(List.of());
        Set<ProviderAlias> aliases = config.optional("provider_aliases")
                .map(v -> providerAliases(v, config.path("provider_aliases"), problems))
                .orElse(Set.of());
        Optional<String> message = config.optional("exception_message")
                .flatMap(v -> JsonValues.nonBlankString(v, config.path("exception_message"), problems,
                        "the message EC2 shows when it refuses an image"));
        ExceptionPolicy policy = config.optional("exception_policy")
                .map(v -> exceptionPolicy(v, config.path("exception_policy"), problems))
                .orElse(ExceptionPolicy.DEFAULTS);
        Set<String> knownTypes = knownTypeNames(config.optional("exception_policy"), policy);
        List<ExceptionAccount> exceptions = config.optional("exception_accounts")
                .map(v -> list(v, config.path("exception_accounts"), problems, "a list of exception accounts",
                        (element, path, p) -> exceptionAccount(element, path, p, knownTypes)))
                .orElse(List.of());
        List<TargetId> targets = config.optional("targets")
                .map(v -> DeploymentValues.targets(v, config.path("targets"), problems))
                .orElse(List.of());
        Optional<ObjectView> policies = config.optional("policies").flatMap(v -> ObjectView.of(v,
                config.path("policies"), problems, "an object with the declarative and scp policies' settings",
                POLICIES_FIELDS));
        PolicySettings declarative = policies.flatMap(p -> p.optional("declarative").flatMap(v -> policySettings(v,
                p.path("declarative"), problems, Deployment.DEFAULTS.declarative(), targets)))
                .orElse(new PolicySettings(Deployment.DEFAULTS.declarative(), targets));
        PolicySettings scp = policies.flatMap(p -> p.optional("scp").flatMap(v -> policySettings(v, p.path("scp"),
                problems, Deployment.DEFAULTS.scp(), targets)))
                .orElse(new PolicySettings(Deployment.DEFAULTS.scp(), targets));
        if (!problems.isEmpty() || ops.isEmpty()) {
            return null;
        }
        return new GovernanceConfig(ops.get(), vendors, aliases, message, exceptions, policy,
                new Deployment(declarative.metadata(), declarative.targets(), scp.metadata(), scp.targets()));
    }

    /** One policy's name, description and targets, as the config gives them. */
    private record PolicySettings(PolicyMetadata metadata, List<TargetId> targets) {
    }

    private static Optional<PolicySettings> policySettings(JsonValue value, String path, Problems problems,
            PolicyMetadata defaults, List<TargetId> sharedTargets) {
        return ObjectView.of(value, path, problems, "an object with the policy's name, description and targets",
                POLICY_SETTINGS_FIELDS).flatMap(view -> {
                    Optional<String> name = view.optional("name")
                            .flatMap(v -> DeploymentValues.policyName(v, view.path("name"), problems));
                    Optional<String> description = view.optional("description")
                            .flatMap(v -> DeploymentValues.policyDescription(v, view.path("description"), problems));
                    List<TargetId> targets = view.optional("targets")
                            .map(v -> DeploymentValues.targets(v, view.path("targets"), problems))
                            .orElse(sharedTargets);
                    boolean ok = (view.optional("name").isEmpty() || name.isPresent())
                            && (view.optional("description").isEmpty() || description.isPresent());
                    return ok ? Optional.of(new PolicySettings(new PolicyMetadata(name.orElse(defaults.name()),
                            description.orElse(defaults.description())), targets)) : Optional.empty();
                });
    }

    private static Optional<OpsPublisher> opsPublisher(JsonValue value, String path, Problems problems) {
        return ObjectView.of(value, path, problems, "an object with the ops publisher's account_id", OPS_FIELDS)
                .flatMap(ops -> {
                    Optional<AccountId> id = ops.required("account_id", "a 12-digit account ID")
                            .flatMap(v -> ConfigValues.accountId(v, ops.path("account_id"), problems));
                    Optional<String> description = ops.optional("description")
                            .flatMap(v -> JsonValues.string(v, ops.path("description"), problems, "a description"));
                    return id.map(account -> new OpsPublisher(account, description));
                });
    }

    private static Optional<VendorPublisher> vendorPublisher(JsonValue value, String path, Problems problems) {
        return ObjectView.of(value, path, problems, "a vendor publisher object", VENDOR_FIELDS).flatMap(vendor -> {
            Optional<AccountId> id = vendor.required("account_id", "a 12-digit account ID")
                    .flatMap(v -> ConfigValues.accountId(v, vendor.path("account_id"), problems));
            Optional<String> name = vendor.required("vendor_name", "the vendor's name")
                    .flatMap(v -> JsonValues.nonBlankString(v, vendor.path("vendor_name"), problems,
                            "the vendor's name"));
            Optional<String> description = vendor.optional("description")
                    .flatMap(v -> JsonValues.string(v, vendor.path("description"), problems, "a description"));
            if (id.isEmpty() || name.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new VendorPublisher(id.get(), name.get(), description));
        });
    }

    private static Set<ProviderAlias> providerAliases(JsonValue value, String path, Problems problems) {
        Set<ProviderAlias> aliases = EnumSet.noneOf(ProviderAlias.class);
        List<String> known = Arrays.stream(ProviderAlias.values()).map(ProviderAlias::declarativeName).toList();
        JsonValues.array(value, path, problems, "a list of provider aliases").ifPresent(elements -> {
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = JsonPath.element(path, i);
                JsonValue element = elements.get(i);
                JsonValues.string(element, elementPath, problems, "a provider alias").ifPresent(name -> {
                    Optional<ProviderAlias> alias = ProviderAlias.fromConfigName(name);
                    if (alias.isEmpty()) {
                        String hint = ProviderAlias.fromScpName(name)
                                .map(a -> "; the config uses the declarative policy's spelling "
                                        + Quoting.quote(a.declarativeName()))
                                .orElse("");
                        problems.add(elementPath, element, "unknown provider alias " + Quoting.quote(name) + hint
                                + "; expected one of: " + String.join(", ", known));
                    } else if (!aliases.add(alias.get())) {
                        problems.add(elementPath, element, "provider alias " + Quoting.quote(name)
                                + " is listed twice; expected each alias once");
                    }
                });
            }
        });
        return aliases;
    }

    private static Optional<ExceptionAccount> exceptionAccount(JsonValue value, String path, Problems problems,
            Set<String> knownTypes) {
        return ObjectView.of(value, path, problems, "an exception account object", EXCEPTION_FIELDS).flatMap(entry -> {
            Optional<AccountId> id = entry.required("account_id", "a 12-digit account ID")
                    .flatMap(v -> ConfigValues.accountId(v, entry.path("account_id"), problems));
            Optional<String> type = entry.optional("type").flatMap(v -> exceptionType(v, entry.path("type"), problems,
                    knownTypes));
            Optional<LocalDate> expiresOn = entry.required("expires_on", "the last valid day as YYYY-MM-DD")
                    .flatMap(v -> ConfigValues.date(v, entry.path("expires_on"), problems));
            Optional<String> reason = entry.required("reason", "why the exception exists")
                    .flatMap(v -> JsonValues.nonBlankString(v, entry.path("reason"), problems, "a reason"));
            Optional<String> ticket = entry.required("ticket", "the ticket that tracks the exception")
                    .flatMap(v -> JsonValues.nonBlankString(v, entry.path("ticket"), problems, "a ticket reference"));
            Optional<String> requestedBy = entry.optional("requested_by")
                    .flatMap(v -> JsonValues.nonBlankString(v, entry.path("requested_by"), problems, "the requester"));
            Optional<List<String>> approvedBy = entry.optional("approved_by")
                    .map(v -> ConfigValues.roles(v, entry.path("approved_by"), problems).orElse(List.of()));
            Optional<LocalDate> approvalDate = entry.optional("approval_date")
                    .flatMap(v -> ConfigValues.date(v, entry.path("approval_date"), problems));
            Optional<LocalDate> startDate = entry.optional("start_date")
                    .flatMap(v -> ConfigValues.date(v, entry.path("start_date"), problems));
            boolean typeOk = entry.optional("type").isEmpty() || type.isPresent();
            if (id.isEmpty() || expiresOn.isEmpty() || reason.isEmpty() || ticket.isEmpty() || !typeOk) {
                return Optional.empty();
            }
            return Optional.of(new ExceptionAccount(id.get(), type, expiresOn.get(), reason.get(), ticket.get(),
                    requestedBy, approvedBy.orElse(List.of()), approvalDate, startDate));
        });
    }

    private static Optional<String> exceptionType(JsonValue value, String path, Problems problems,
            Set<String> knownTypes) {
        return JsonValues.nonBlankString(value, path, problems, "an exception type").filter(type -> {
            if (knownTypes.contains(type)) {
                return true;
            }
            problems.add(path, value, "unknown exception type " + Quoting.quote(type) + "; expected one of: "
                    + String.join(", ", knownTypes) + " (more can be defined under exception_policy.types)");
            return false;
        });
    }

    private static ExceptionPolicy exceptionPolicy(JsonValue value, String path, Problems problems) {
        Optional<ObjectView> view = ObjectView.of(value, path, problems, "an exception policy object", POLICY_FIELDS);
        if (view.isEmpty()) {
            return ExceptionPolicy.DEFAULTS;
        }
        ObjectView policy = view.get();
        int absoluteMax = policy.optional("max_days")
                .flatMap(v -> JsonValues.integer(v, policy.path("max_days"), problems, 1, MAX_CONFIGURABLE_DAYS,
                        "the longest any exception may run, in days"))
                .orElse(ExceptionPolicy.DEFAULT_ABSOLUTE_MAX_DAYS);
        String extensionApprover = policy.optional("extension_approver")
                .flatMap(v -> JsonValues.nonBlankString(v, policy.path("extension_approver"), problems, "a role name"))
                .orElse(ExceptionPolicy.DEFAULT_EXTENSION_APPROVER);
        int warningDays = policy.optional("warning_days")
                .flatMap(v -> JsonValues.integer(v, policy.path("warning_days"), problems, 0, 365,
                        "the expiry warning window, in days"))
                .orElse(ExceptionPolicy.DEFAULT_WARNING_DAYS);
        // A default type that the config does not override is capped by a lower absolute maximum.
        SortedMap<String, ExceptionTypePolicy> types = new TreeMap<>();
        for (ExceptionTypePolicy type : ExceptionPolicy.DEFAULTS.types().values()) {
            types.put(type.name(), new ExceptionTypePolicy(type.name(), Math.min(type.maxDays(), absoluteMax),
                    type.requiredApprovals()));
        }
        policy.optional("types").ifPresent(v -> exceptionTypes(v, policy.path("types"), problems, absoluteMax, types));
        if (!problems.isEmpty()) {
            return ExceptionPolicy.DEFAULTS;
        }
        return new ExceptionPolicy(types, absoluteMax, extensionApprover, warningDays);
    }

    private static void exceptionTypes(JsonValue value, String path, Problems problems, int absoluteMax,
            SortedMap<String, ExceptionTypePolicy> types) {
        if (!(value instanceof JsonObject object)) {
            problems.add(path, value, "expected an object of exception types by name, found " + value.describe());
            return;
        }
        for (Member member : object.members()) {
            String name = member.name();
            String typePath = JsonPath.member(path, name);
            if (!ExceptionTypePolicy.isValidName(name)) {
                problems.add(typePath, member.nameLocation(), "expected a type name of lower-case letters, digits and"
                        + " underscores starting with a letter, found " + Quoting.quote(name));
                continue;
            }
            ExceptionTypePolicy base = types.get(name);
            ObjectView.of(member.value(), typePath, problems, "an object with max_days and required_approvals",
                    TYPE_FIELDS).ifPresent(type -> {
                        Optional<Integer> maxDays = base == null
                                ? type.required("max_days", "the longest this type may run, in days")
                                        .flatMap(v -> days(v, type.path("max_days"), problems, absoluteMax))
                                : type.optional("max_days").flatMap(v -> days(v, type.path("max_days"), problems,
                                        absoluteMax));
                        Optional<List<String>> approvals = base == null
                                ? type.required("required_approvals", "the roles that must approve")
                                        .flatMap(v -> ConfigValues.roles(v, type.path("required_approvals"), problems))
                                : type.optional("required_approvals")
                                        .flatMap(v -> ConfigValues.roles(v, type.path("required_approvals"), problems));
                        if (base == null && (maxDays.isEmpty() || approvals.isEmpty())) {
                            return;
                        }
                        types.put(name, new ExceptionTypePolicy(name,
                                maxDays.orElseGet(() -> base.maxDays()),
                                approvals.orElseGet(() -> base.requiredApprovals())));
                    });
        }
    }

    private static Optional<Integer> days(JsonValue value, String path, Problems problems, int absoluteMax) {
        return JsonValues.integer(value, path, problems, 1, absoluteMax,
                "a number of days no greater than the absolute maximum");
    }

    private static Set<String> knownTypeNames(Optional<JsonValue> policyValue, ExceptionPolicy policy) {
        Set<String> names = new LinkedHashSet<>(ExceptionPolicy.DEFAULTS.types().keySet());
        names.addAll(policy.types().keySet());
        policyValue.filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .flatMap(p -> p.member("types")).map(Member::value)
                .filter(JsonObject.class::isInstance).map(JsonObject.class::cast)
                .ifPresent(types -> names.addAll(types.members().stream().map(Member::name)
                        .collect(Collectors.toList())));
        return names;
    }

    @FunctionalInterface
    private interface ElementReader<T> {
        Optional<T> read(JsonValue value, String path, Problems problems);
    }

    private static <T> List<T> list(JsonValue value, String path, Problems problems, String expected,
            ElementReader<T> elementReader) {
        List<T> result = new ArrayList<>();
        JsonValues.array(value, path, problems, expected).ifPresent(elements -> {
            for (int i = 0; i < elements.size(); i++) {
                elementReader.read(elements.get(i), JsonPath.element(path, i), problems).ifPresent(result::add);
            }
        });
        return result;
    }
}

package io.github.amigovernance.testkit.config;

import io.github.amigovernance.testkit.json.JsonWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * A config file as a test generates it: every field the format has, and how the text is laid out.
 * {@link #text()} writes it as JSON, members in random order when the layout says so.
 *
 * @param ops the ops publisher
 * @param vendors the vendor publishers, in file order
 * @param providerAliases the provider aliases in config spelling, in file order, each at most once
 * @param exceptionMessage the {@code exception_message}, when present
 * @param exceptions the exception accounts, in file order
 * @param exceptionPolicy the {@code exception_policy}, when present
 * @param schema the {@code $schema} value, when present
 * @param layout how the text is laid out
 */
public record ConfigCase(
        Ops ops,
        List<Vendor> vendors,
        List<String> providerAliases,
        Optional<String> exceptionMessage,
        List<ExceptionEntry> exceptions,
        Optional<PolicyEntry> exceptionPolicy,
        Optional<String> schema,
        Layout layout) {

    /** Checks that no part is missing and copies the lists. */
    public ConfigCase {
        Objects.requireNonNull(ops, "ops");
        vendors = List.copyOf(vendors);
        providerAliases = List.copyOf(providerAliases);
        Objects.requireNonNull(exceptionMessage, "exceptionMessage");
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(exceptionPolicy, "exceptionPolicy");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(layout, "layout");
    }

    /** Returns a copy with other vendors. */
    public ConfigCase withVendors(List<Vendor> newVendors) {
        return new ConfigCase(ops, newVendors, providerAliases, exceptionMessage, exceptions, exceptionPolicy, schema,
                layout);
    }

    /** Returns a copy with other provider aliases. */
    public ConfigCase withProviderAliases(List<String> newAliases) {
        return new ConfigCase(ops, vendors, newAliases, exceptionMessage, exceptions, exceptionPolicy, schema, layout);
    }

    /** Returns a copy with other exceptions. */
    public ConfigCase withExceptions(List<ExceptionEntry> newExceptions) {
        return new ConfigCase(ops, vendors, providerAliases, exceptionMessage, newExceptions, exceptionPolicy, schema,
                layout);
    }

    /** Returns a copy with another exception message. */
    public ConfigCase withExceptionMessage(Optional<String> newMessage) {
        return new ConfigCase(ops, vendors, providerAliases, newMessage, exceptions, exceptionPolicy, schema, layout);
    }

    /** Returns a copy laid out differently. */
    public ConfigCase withLayout(Layout newLayout) {
        return new ConfigCase(ops, vendors, providerAliases, exceptionMessage, exceptions, exceptionPolicy, schema,
                newLayout);
    }

    /**
     * Returns the same config with its lists (vendors, aliases, exceptions and approvers) in another
     * order and the text laid out anew, all chosen by {@code seed}. It means exactly what this one
     * means.
     */
    public ConfigCase reordered(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ExceptionEntry> shuffledExceptions = new ArrayList<>();
        for (ExceptionEntry e : shuffled(exceptions, random)) {
            shuffledExceptions.add(e.approvedBy().isPresent()
                    ? e.withApprovedBy(Optional.of(shuffled(e.approvedBy().get(), random)))
                    : e);
        }
        JsonWriter.Spacing spacing = JsonWriter.Spacing.values()[random.nextInt(JsonWriter.Spacing.values().length)];
        Layout newLayout = new Layout(new JsonWriter.Layout(spacing, random.nextBoolean(), random.nextLong()), true,
                random.nextBoolean());
        return new ConfigCase(ops, shuffled(vendors, random), shuffled(providerAliases, random), exceptionMessage,
                shuffledExceptions, exceptionPolicy, schema, newLayout);
    }

    /** Returns the config as JSON text. */
    public String text() {
        SplittableRandom order = new SplittableRandom(layout.json().seed() ^ 0x5DEECE66DL);
        Map<String, Object> top = new LinkedHashMap<>();
        schema.ifPresent(s -> top.put("$schema", s));
        top.put("ops_publisher_account", ops.json());
        if (!vendors.isEmpty() || layout.emptyListsWritten()) {
            top.put("vendor_publisher_accounts", vendors.stream().map(Vendor::json).toList());
        }
        if (!providerAliases.isEmpty() || layout.emptyListsWritten()) {
            top.put("provider_aliases", providerAliases);
        }
        exceptionMessage.ifPresent(m -> top.put("exception_message", m));
        if (!exceptions.isEmpty() || layout.emptyListsWritten()) {
            top.put("exception_accounts", exceptions.stream().map(ExceptionEntry::json).toList());
        }
        exceptionPolicy.ifPresent(p -> top.put("exception_policy", p.json()));
        return JsonWriter.write(layout.shuffleKeys() ? shuffleKeys(top, order) : top, layout.json());
    }

    /** Returns the config file's bytes: the text in UTF-8, after a byte-order mark when the layout has one. */
    public byte[] bytes() {
        return ((layout.byteOrderMark() ? "\uFEFF" : "") + text()).getBytes(StandardCharsets.UTF_8);
    }

    /** Returns the account IDs of the exceptions whose expiry day is on or after {@code day}. */
    public List<String> activeExceptionAccounts(LocalDate day) {
        return exceptions.stream().filter(e -> !e.expiresOn().isBefore(day)).map(ExceptionEntry::accountId).toList();
    }

    @Override
    public String toString() {
        return text();
    }

    private static <E> List<E> shuffled(List<E> list, SplittableRandom random) {
        List<E> copy = new ArrayList<>(list);
        for (int i = copy.size() - 1; i > 0; i--) {
            Collections.swap(copy, i, random.nextInt(i + 1));
        }
        return List.copyOf(copy);
    }

    @SuppressWarnings("unchecked")
    private static Object shuffleKeys(Object value, SplittableRandom random) {
        if (value instanceof Map<?, ?> map) {
            List<Map.Entry<String, Object>> entries = new ArrayList<>(((Map<String, Object>) map).entrySet());
            entries = shuffled(entries, random);
            Map<String, Object> result = new LinkedHashMap<>();
            for (Map.Entry<String, Object> entry : entries) {
                result.put(entry.getKey(), shuffleKeys(entry.getValue(), random));
            }
            return result;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(element -> shuffleKeys(element, random)).toList();
        }
        return value;
    }

    /**
     * How the text is laid out; none of it changes what the config means.
     *
     * @param json white space and escapes
     * @param shuffleKeys whether object members are written in random order rather than the usual one
     * @param byteOrderMark whether the file starts with a UTF-8 byte-order mark
     */
    public record Layout(JsonWriter.Layout json, boolean shuffleKeys, boolean byteOrderMark) {

        /** Checks that the JSON layout is given. */
        public Layout {
            Objects.requireNonNull(json, "json");
        }

        /** The plainest layout: compact, members in the usual order, no byte-order mark. */
        public static final Layout PLAIN = new Layout(JsonWriter.Layout.PLAIN, false, false);

        /** The layout for people: one member a line, members in the usual order, no needless escapes. */
        public static final Layout READABLE = new Layout(new JsonWriter.Layout(JsonWriter.Spacing.INDENTED, false, 0),
                false, false);

        boolean emptyListsWritten() {
            return (json.seed() & 1) == 0;
        }
    }

    /**
     * The ops publisher.
     *
     * @param accountId its account
     * @param description its description, when present
     */
    public record Ops(String accountId, Optional<String> description) {

        /** Checks that no part is missing. */
        public Ops {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(description, "description");
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("account_id", accountId);
            description.ifPresent(d -> json.put("description", d));
            return json;
        }
    }

    /**
     * A vendor publisher.
     *
     * @param accountId its account
     * @param vendorName the vendor's name
     * @param description its description, when present
     */
    public record Vendor(String accountId, String vendorName, Optional<String> description) {

        /** Checks that no part is missing. */
        public Vendor {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(vendorName, "vendorName");
            Objects.requireNonNull(description, "description");
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("account_id", accountId);
            json.put("vendor_name", vendorName);
            description.ifPresent(d -> json.put("description", d));
            return json;
        }
    }

    /**
     * An exception account.
     *
     * @param accountId the excepted account
     * @param type its type, when present
     * @param expiresOn its last valid day
     * @param reason why it exists
     * @param ticket the ticket that tracks it
     * @param requestedBy who asked for it, when present
     * @param approvedBy the approving roles, when present
     * @param approverAsString whether a single approver is written as a string rather than a list
     * @param approvalDate when it was approved, when present
     */
    public record ExceptionEntry(String accountId, Optional<String> type, LocalDate expiresOn, String reason,
            String ticket, Optional<String> requestedBy, Optional<List<String>> approvedBy, boolean approverAsString,
            Optional<LocalDate> approvalDate) {

        /** Checks that no part is missing and copies the approvers. */
        public ExceptionEntry {
            Objects.requireNonNull(accountId, "accountId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(expiresOn, "expiresOn");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(requestedBy, "requestedBy");
            approvedBy = approvedBy.map(List::copyOf);
            Objects.requireNonNull(approvalDate, "approvalDate");
        }

        /** Returns a copy with another expiry day. */
        public ExceptionEntry withExpiresOn(LocalDate day) {
            return new ExceptionEntry(accountId, type, day, reason, ticket, requestedBy, approvedBy, approverAsString,
                    approvalDate);
        }

        /** Returns a copy with other approvers. */
        public ExceptionEntry withApprovedBy(Optional<List<String>> roles) {
            return new ExceptionEntry(accountId, type, expiresOn, reason, ticket, requestedBy, roles, approverAsString,
                    approvalDate);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("account_id", accountId);
            type.ifPresent(t -> json.put("type", t));
            json.put("expires_on", expiresOn.toString());
            json.put("reason", reason);
            json.put("ticket", ticket);
            requestedBy.ifPresent(r -> json.put("requested_by", r));
            approvedBy.ifPresent(roles -> json.put("approved_by",
                    roles.size() == 1 && approverAsString ? roles.get(0) : roles));
            approvalDate.ifPresent(d -> json.put("approval_date", d.toString()));
            return json;
        }
    }

    /**
     * The {@code exception_policy} object.
     *
     * @param maxDays the absolute maximum, when present
     * @param extensionApprover the extension approver, when present
     * @param warningDays the warning window, when present
     * @param types type definitions and overrides, by name
     */
    public record PolicyEntry(Optional<Integer> maxDays, Optional<String> extensionApprover,
            Optional<Integer> warningDays, Map<String, TypeEntry> types) {

        /** Checks that no part is missing and copies the types, keeping their order. */
        public PolicyEntry {
            Objects.requireNonNull(maxDays, "maxDays");
            Objects.requireNonNull(extensionApprover, "extensionApprover");
            Objects.requireNonNull(warningDays, "warningDays");
            types = Collections.unmodifiableMap(new LinkedHashMap<>(types));
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            maxDays.ifPresent(d -> json.put("max_days", d));
            extensionApprover.ifPresent(a -> json.put("extension_approver", a));
            warningDays.ifPresent(d -> json.put("warning_days", d));
            if (!types.isEmpty()) {
                Map<String, Object> typeJson = new LinkedHashMap<>();
                types.forEach((name, type) -> typeJson.put(name, type.json()));
                json.put("types", typeJson);
            }
            return json;
        }
    }

    /**
     * One exception type under {@code exception_policy.types}.
     *
     * @param maxDays its maximum length in days, when present
     * @param requiredApprovals the roles that must approve, when present
     */
    public record TypeEntry(Optional<Integer> maxDays, Optional<List<String>> requiredApprovals) {

        /** Checks that no part is missing and copies the roles. */
        public TypeEntry {
            Objects.requireNonNull(maxDays, "maxDays");
            requiredApprovals = requiredApprovals.map(List::copyOf);
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            maxDays.ifPresent(d -> json.put("max_days", d));
            requiredApprovals.ifPresent(r -> json.put("required_approvals", r));
            return json;
        }
    }
}

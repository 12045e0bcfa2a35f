package io.github.amigovernance.rules;

import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.config.ConfigLoader;
import io.github.amigovernance.core.config.ConfigValues;
import io.github.amigovernance.core.json.JsonPath;
import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.JsonValues;
import io.github.amigovernance.core.json.ObjectView;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.ExceptionPolicy;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Loads an exception request file as strictly as a config: unknown fields, repeated keys, wrong
 * types and impossible dates are errors, all reported at once with their JSON path and position.
 *
 * <p>The justification, exit plan, technical contact and sponsor may be missing or empty: that
 * is not malformed input but an incomplete request, which the rules reject with a finding for
 * each gap. Instances are immutable and safe to share between threads.
 */
public final class ExceptionRequestLoader {

    /** The fields a request may have. */
    public static final List<String> FIELDS = List.of("$schema", "account_id", "type", "start_date", "expires_on",
            "duration_days", "justification", "exit_plan", "technical_contact", "sponsor", "approvals",
            "extension_justification");

    /** The fields of each {@code approvals} entry; package-private for the schema coupling test. */
    static final List<String> APPROVAL_FIELDS = List.of("role", "name", "date");
    private static final int MAX_DURATION_DAYS = 3650;

    private final ExceptionPolicy policy;
    private final JsonTreeReader reader = new JsonTreeReader(1024 * 1024, JsonTreeReader.DEFAULT_MAX_DEPTH);

    /**
     * Creates a loader that accepts the exception types of {@code policy}.
     *
     * @param policy the policy whose types a request may name
     */
    public ExceptionRequestLoader(ExceptionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * Reads and loads a request file.
     *
     * @throws InvalidInputException if the file cannot be read or anything in it is malformed
     */
    public ExceptionRequest load(Path file) {
        String source = file.toString();
        return parse(ConfigLoader.readFile(file, source), source);
    }

    /**
     * Loads a request from its text.
     *
     * @param content the request's bytes (UTF-8)
     * @param source the file name or label problems will carry
     * @throws InvalidInputException if anything in the text is malformed; it carries every problem
     */
    public ExceptionRequest parse(byte[] content, String source) {
        Problems problems = new Problems(source);
        Optional<JsonValue> root = reader.read(content, problems);
        if (root.isEmpty()) {
            problems.throwIfAny();
        }
        Optional<ExceptionRequest> request = ObjectView.of(root.get(), "", problems,
                "a JSON object describing an exception request", FIELDS).flatMap(view -> bind(view, problems));
        problems.throwIfAny();
        return request.orElseThrow();
    }

    private Optional<ExceptionRequest> bind(ObjectView view, Problems problems) {
        view.optional("$schema").ifPresent(v -> JsonValues.string(v, view.path("$schema"), problems, "a schema URI"));
        Optional<AccountId> account = view.required("account_id", "the 12-digit account that needs the exception")
                .flatMap(v -> ConfigValues.accountId(v, view.path("account_id"), problems));
        Optional<String> type = view.required("type", "the exception type, one of " + typeNames())
                .flatMap(v -> type(v, view.path("type"), problems));
        Optional<LocalDate> start = view.required("start_date", "the first day of the exception as YYYY-MM-DD")
                .flatMap(v -> ConfigValues.date(v, view.path("start_date"), problems));
        Optional<LocalDate> expiry = expiry(view, start, problems);
        String justification = text(view, "justification", "the business justification", problems);
        String exitPlan = text(view, "exit_plan", "the exit or migration plan", problems);
        String contact = text(view, "technical_contact", "the technical contact", problems);
        String sponsor = text(view, "sponsor", "the sponsor", problems);
        List<Approval> approvals = view.optional("approvals")
                .map(v -> approvals(v, view.path("approvals"), problems)).orElse(List.of());
        Optional<String> extension = view.optional("extension_justification")
                .flatMap(v -> JsonValues.string(v, view.path("extension_justification"), problems,
                        "why the renewal may pass the absolute maximum"))
                .filter(s -> !s.isBlank());
        if (account.isEmpty() || type.isEmpty() || start.isEmpty() || expiry.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ExceptionRequest(account.get(), type.get(), start.get(), expiry.get(), justification,
                exitPlan, contact, sponsor, approvals, extension));
    }

    private Optional<LocalDate> expiry(ObjectView view, Optional<LocalDate> start, Problems problems) {
        Optional<JsonValue> expires = view.optional("expires_on");
        Optional<JsonValue> duration = view.optional("duration_days");
        if (expires.isPresent() && duration.isPresent()) {
            problems.add(view.path("duration_days"), duration.get(), "expected either expires_on or duration_days,"
                    + " not both");
            return Optional.empty();
        }
        if (expires.isPresent()) {
            return ConfigValues.date(expires.get(), view.path("expires_on"), problems);
        }
        if (duration.isPresent()) {
            Optional<Integer> days = JsonValues.integer(duration.get(), view.path("duration_days"), problems, 0,
                    MAX_DURATION_DAYS, "the number of days from start_date to the last valid day");
            return start.flatMap(s -> days.map(s::plusDays));
        }
        problems.add(view.path(), view.location(), "missing required field \"expires_on\"; expected the last valid"
                + " day as YYYY-MM-DD (or duration_days, counted from start_date)");
        return Optional.empty();
    }

    private Optional<String> type(JsonValue value, String path, Problems problems) {
        return JsonValues.nonBlankString(value, path, problems, "an exception type").filter(name -> {
            if (policy.type(name).isPresent()) {
                return true;
            }
            problems.add(path, value, "unknown exception type " + Quoting.quote(name) + "; expected one of: "
                    + typeNames());
            return false;
        });
    }

    private static String text(ObjectView view, String name, String expected, Problems problems) {
        return view.optional(name).flatMap(v -> JsonValues.string(v, view.path(name), problems, expected)).orElse("");
    }

    private static List<Approval> approvals(JsonValue value, String path, Problems problems) {
        List<Approval> approvals = new ArrayList<>();
        JsonValues.array(value, path, problems, "a list of approvals").ifPresent(elements -> {
            for (int i = 0; i < elements.size(); i++) {
                String elementPath = JsonPath.element(path, i);
                ObjectView.of(elements.get(i), elementPath, problems, "an approval with role, name and date",
                        APPROVAL_FIELDS).ifPresent(approval -> {
                            Optional<String> role = approval.required("role", "the approver's role")
                                    .flatMap(v -> JsonValues.nonBlankString(v, approval.path("role"), problems,
                                            "a role name"));
                            Optional<String> name = approval.required("name", "the approver's name")
                                    .flatMap(v -> JsonValues.nonBlankString(v, approval.path("name"), problems,
                                            "the approver's name"));
                            Optional<LocalDate> date = approval.required("date", "the day of the approval")
                                    .flatMap(v -> ConfigValues.date(v, approval.path("date"), problems));
                            if (role.isPresent() && name.isPresent() && date.isPresent()) {
                                approvals.add(new Approval(role.get(), name.get(), date.get()));
                            }
                        });
            }
        });
        return approvals;
    }

    private String typeNames() {
        return String.join(", ", policy.types().keySet());
    }
}

package io.github.amigovernance.core.verify;

import io.github.amigovernance.core.InvalidInputException;
import io.github.amigovernance.core.InputProblem;
import io.github.amigovernance.core.json.JsonTreeReader;
import io.github.amigovernance.core.json.JsonValue;
import io.github.amigovernance.core.json.Problems;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Allowlist;
import io.github.amigovernance.core.model.EnforcementMode;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.policy.PolicyKind;
import io.github.amigovernance.core.policy.PolicyLimits;
import io.github.amigovernance.core.policy.ScpStatements;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a pair of generated policy files against the config they should have been rendered from.
 *
 * <p>The verifier never trusts the generator: it reads both files back, derives the expected
 * allowlist from the config on its own, and compares what the files mean with it. It checks the
 * AWS shape, the size limits, that both files are in the same mode, that both name the same
 * providers, and that the SCP exempts exactly the internal publishers. Instances are immutable
 * and safe to share between threads.
 */
public final class PolicyVerifier {

    /** The rule name of findings about the files' meaning. */
    public static final String CONSISTENCY_RULE = "policy-consistency";

    /** The rule name of findings about AWS limits. */
    public static final String LIMITS_RULE = "aws-limits";

    /** The rule name of findings about files that cannot be read. */
    public static final String FILES_RULE = "policy-files";

    private static final int MAX_POLICY_FILE_BYTES = 1024 * 1024;

    private final PolicyLimits limits;
    private final JsonTreeReader reader = new JsonTreeReader(MAX_POLICY_FILE_BYTES, JsonTreeReader.DEFAULT_MAX_DEPTH);

    /**
     * Creates a verifier.
     *
     * @param limits the limits files are checked against
     */
    public PolicyVerifier(PolicyLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /** Creates a verifier with AWS's current limits. */
    public PolicyVerifier() {
        this(PolicyLimits.DEFAULTS);
    }

    /**
     * Reads both policy files from {@code directory} and verifies them. A missing or unreadable
     * file is an error finding, since it is the thing under test.
     *
     * @throws InvalidInputException if {@code directory} does not exist or is not a folder
     */
    public VerificationResult verifyDirectory(GovernanceConfig config, LocalDate asOf, Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(List.of(InputProblem.of(directory.toString(),
                    Files.exists(directory) ? "is not a folder; expected the folder generate wrote to"
                            : "no such folder; run generate first, or pass the folder it wrote to")));
        }
        List<Finding> missing = new ArrayList<>();
        Optional<PolicyFile> declarative = read(directory, PolicyKind.DECLARATIVE_POLICY_EC2, missing);
        Optional<PolicyFile> scp = read(directory, PolicyKind.SERVICE_CONTROL_POLICY, missing);
        VerificationResult result = verify(config, asOf, declarative, scp);
        List<Finding> findings = new ArrayList<>(missing);
        findings.addAll(result.findings());
        return new VerificationResult(result.allowlist(), result.mode(), result.sizes(), sorted(findings));
    }

    /** Verifies both files; see the class description. */
    public VerificationResult verify(GovernanceConfig config, LocalDate asOf, PolicyFile declarative, PolicyFile scp) {
        return verify(config, asOf, Optional.of(declarative), Optional.of(scp));
    }

    private VerificationResult verify(GovernanceConfig config, LocalDate asOf, Optional<PolicyFile> declarativeFile,
            Optional<PolicyFile> scpFile) {
        Allowlist allowlist = Allowlist.of(config, asOf);
        Check check = new Check(config, asOf, allowlist);
        Optional<DeclarativeContent> declarative = declarativeFile
                .flatMap(f -> check.parse(f, PolicyKind.DECLARATIVE_POLICY_EC2))
                .flatMap(root -> check.keep(PolicyReader.declarative(declarativeFile.get().source(), root)));
        Optional<ScpContent> scp = scpFile
                .flatMap(f -> check.parse(f, PolicyKind.SERVICE_CONTROL_POLICY))
                .flatMap(root -> check.keep(PolicyReader.scp(scpFile.get().source(), root)));

        Optional<EnforcementMode> declarativeMode = declarative.flatMap(d -> check.mode(d, declarativeFile.get()));
        Optional<EnforcementMode> scpMode = scp.map(s -> s.statement(ScpStatements.LAUNCH_SID).isPresent()
                || s.statements().stream().anyMatch(st -> st.actions().contains("ec2:RunInstances"))
                ? EnforcementMode.ENABLED : EnforcementMode.AUDIT_MODE);
        if (declarativeMode.isPresent() && scpMode.isPresent() && declarativeMode.get() != scpMode.get()) {
            check.error("MODE_MISMATCH", null, declarativeFile.get().source() + " is in " + declarativeMode.get()
                    + " but " + scpFile.get().source() + " was rendered for " + scpMode.get() + " (it "
                    + (scpMode.get() == EnforcementMode.ENABLED ? "denies" : "does not deny")
                    + " launches); generate both files again with one --mode", CONSISTENCY_RULE);
        }
        Optional<EnforcementMode> mode = declarativeMode.or(() -> scpMode);
        declarative.ifPresent(d -> check.declarative(d, declarativeFile.get().source()));
        scp.ifPresent(s -> check.scp(s, scpFile.get().source(), mode.orElse(EnforcementMode.AUDIT_MODE)));
        if (declarative.isPresent() && scp.isPresent() && mode.orElse(null) == EnforcementMode.ENABLED) {
            check.agreement(declarative.get(), scp.get(), declarativeFile.get().source(), scpFile.get().source());
        }
        Optional<EnforcementMode> agreedMode = declarativeMode.isPresent() && scpMode.isPresent()
                && declarativeMode.get() != scpMode.get() ? Optional.empty() : mode;
        return new VerificationResult(allowlist, agreedMode, check.sizes, sorted(check.findings));
    }

    private static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(Comparator.comparing(Finding::severity));
        return copy;
    }

    private static Optional<PolicyFile> read(Path directory, PolicyKind kind, List<Finding> findings) {
        Path file = directory.resolve(kind.fileName());
        try {
            if (Files.size(file) > MAX_POLICY_FILE_BYTES) {
                findings.add(Finding.error("POLICY_FILE_INVALID", null, file + " is " + Files.size(file)
                        + " bytes; a policy file is far smaller. Run generate again", FILES_RULE));
                return Optional.empty();
            }
            return Optional.of(new PolicyFile(file.toString(), Files.readAllBytes(file)));
        } catch (NoSuchFileException e) {
            findings.add(Finding.error("POLICY_FILE_MISSING", null, file + " does not exist; run generate to write"
                    + " both policy files", FILES_RULE));
        } catch (IOException e) {
            findings.add(Finding.error("POLICY_FILE_INVALID", null, file + " cannot be read: " + e, FILES_RULE));
        }
        return Optional.empty();
    }

    /** The state of one verification: what has been found so far. */
    private final class Check {

        private final GovernanceConfig config;
        private final Allowlist allowlist;
        private final AccountDescriptions accounts;
        private final List<Finding> findings = new ArrayList<>();
        private final List<DocumentSize> sizes = new ArrayList<>();

        Check(GovernanceConfig config, LocalDate asOf, Allowlist allowlist) {
            this.config = config;
            this.allowlist = allowlist;
            this.accounts = new AccountDescriptions(config, asOf);
        }

        void error(String code, AccountId account, String message, String rule) {
            findings.add(Finding.error(code, account, message, rule));
        }

        <T> Optional<T> keep(PolicyReader.Result<T> result) {
            findings.addAll(result.findings());
            return result.content();
        }

        Optional<JsonValue> parse(PolicyFile file, PolicyKind kind) {
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(file.content())).toString();
            } catch (CharacterCodingException e) {
                error("POLICY_FILE_INVALID", null, file.source() + " is not valid UTF-8 text; run generate again",
                        FILES_RULE);
                return Optional.empty();
            }
            DocumentSize size = new DocumentSize(kind, text.codePointCount(0, text.length()),
                    limits.maxCharacters(kind));
            sizes.add(size);
            if (!size.fits()) {
                error("POLICY_TOO_LARGE", null, String.format(Locale.ROOT, "%s is %,d characters, %,d over the %s"
                        + " limit of %,d; AWS Organizations would reject it", file.source(), size.characters(),
                        size.characters() - size.limit(), kind.label(), size.limit()), LIMITS_RULE);
            }
            Problems problems = new Problems(file.source());
            Optional<JsonValue> root = reader.read(file.content(), problems);
            for (InputProblem problem : problems.list()) {
                error("POLICY_FILE_INVALID", null, problem.toString(), FILES_RULE);
            }
            return problems.isEmpty() ? root : Optional.empty();
        }

        Optional<EnforcementMode> mode(DeclarativeContent content, PolicyFile file) {
            if (content.mode().isEmpty()) {
                return Optional.empty();
            }
            Optional<EnforcementMode> mode = EnforcementMode.fromPolicyValue(content.mode().get());
            if (mode.isEmpty()) {
                error("MODE_INVALID", null, file.source() + ": allowed_images_settings.state is \""
                        + content.mode().get() + "\"; expected audit_mode or enabled", CONSISTENCY_RULE);
            }
            return mode;
        }

        void declarative(DeclarativeContent content, String source) {
            content.blockPublicAccess().filter(state -> !state.equals("block_new_sharing")).ifPresent(state ->
                    error("BLOCK_PUBLIC_ACCESS_OFF", null, source + ": image_block_public_access.state is \"" + state
                            + "\"; expected block_new_sharing, which stops images being shared publicly",
                            CONSISTENCY_RULE));
            if (!content.exceptionMessage().equals(config.exceptionMessage())) {
                error("EXCEPTION_MESSAGE_MISMATCH", null, source + ": the exception_message "
                        + (content.exceptionMessage().isPresent() ? "differs from" : "is missing, unlike")
                        + " the config's; run generate again", CONSISTENCY_RULE);
            }
            if (content.criteria().size() > limits.maxCriteria()) {
                error("TOO_MANY_CRITERIA", null, source + " has " + content.criteria().size()
                        + " image criteria; AWS accepts at most " + limits.maxCriteria(), LIMITS_RULE);
            }
            for (int i = 0; i < content.criteria().size(); i++) {
                int size = content.criteria().get(i).size();
                if (size > limits.providersPerCriterion()) {
                    error("CRITERION_TOO_LARGE", null, source + ": criteria_" + (i + 1) + " lists " + size
                            + " providers; AWS accepts at most " + limits.providersPerCriterion() + " per criterion",
                            LIMITS_RULE);
                }
            }
            List<String> providers = content.providers();
            Set<String> repeated = repeated(providers);
            if (!repeated.isEmpty()) {
                findings.add(Finding.warning("DUPLICATE_PROVIDER", AccountDescriptions.single(repeated), source
                        + " lists a provider more than once: " + String.join(", ", repeated), CONSISTENCY_RULE));
            }
            compare(new TreeSet<>(providers), new TreeSet<>(allowlist.declarativeProviders()),
                    "DECLARATIVE_PROVIDERS_MISMATCH", source + "'s allowed_image_providers");
        }

        void scp(ScpContent content, String source, EnforcementMode mode) {
            List<String> publishers = allowlist.scpPublisherExemptions();
            List<ExpectedStatement> expected = new ArrayList<>();
            if (mode == EnforcementMode.ENABLED) {
                expected.add(new ExpectedStatement(ScpStatements.LAUNCH_SID, ScpStatements.LAUNCH_ACTIONS,
                        ScpStatements.IMAGE_RESOURCE, ScpStatements.OWNER_KEY, allowlist.scpOwners(),
                        "SCP_OWNERS_MISMATCH"));
            }
            expected.add(new ExpectedStatement(ScpStatements.CREATE_SID, ScpStatements.CREATE_ACTIONS,
                    ScpStatements.ANY_RESOURCE, ScpStatements.PRINCIPAL_ACCOUNT_KEY, publishers,
                    "SCP_PUBLISHERS_MISMATCH"));
            expected.add(new ExpectedStatement(ScpStatements.SHARE_SID, ScpStatements.SHARE_ACTIONS,
                    ScpStatements.ANY_RESOURCE, ScpStatements.PRINCIPAL_ACCOUNT_KEY, publishers,
                    "SCP_PUBLISHERS_MISMATCH"));
            expected.add(new ExpectedStatement(ScpStatements.BLOCK_PUBLIC_ACCESS_SID,
                    ScpStatements.BLOCK_PUBLIC_ACCESS_ACTIONS, ScpStatements.ANY_RESOURCE, null, List.of(), null));

            Set<String> expectedSids = expected.stream().map(ExpectedStatement::sid).collect(Collectors.toSet());
            for (int i = 0; i < content.statements().size(); i++) {
                ScpContent.Statement statement = content.statements().get(i);
                if (statement.sid().filter(expectedSids::contains).isEmpty()) {
                    String hint = statement.sid().filter(ScpStatements.LAUNCH_SID::equals).isPresent()
                            ? " (the launch deny belongs only to enabled mode)" : "";
                    error("SCP_STATEMENT_UNEXPECTED", null, source + ": " + statement.label(i)
                            + " is not a statement the config renders" + hint + "; run generate again",
                            CONSISTENCY_RULE);
                }
            }
            for (ExpectedStatement want : expected) {
                Optional<ScpContent.Statement> found = content.statement(want.sid());
                if (found.isEmpty()) {
                    error("SCP_STATEMENT_MISSING", null, source + " has no single statement " + want.sid()
                            + ", which denies " + String.join(", ", want.actions()) + "; run generate again",
                            CONSISTENCY_RULE);
                    continue;
                }
                statement(found.get(), want, source);
            }
        }

        private void statement(ScpContent.Statement statement, ExpectedStatement want, String source) {
            String where = source + ": statement " + want.sid();
            if (!statement.effect().equals(Optional.of("Deny"))) {
                error("SCP_STATEMENT_CHANGED", null, where + " has Effect " + statement.effect().orElse("(none)")
                        + "; expected Deny", CONSISTENCY_RULE);
            }
            Set<String> actions = new TreeSet<>(statement.actions());
            Set<String> wantActions = new TreeSet<>(want.actions());
            if (!actions.equals(wantActions)) {
                error("SCP_STATEMENT_CHANGED", null, where + " denies " + difference(actions, wantActions,
                        "actions"), CONSISTENCY_RULE);
            }
            if (!statement.resources().equals(List.of(want.resource()))) {
                error("SCP_STATEMENT_CHANGED", null, where + " applies to " + statement.resources()
                        + "; expected " + want.resource() + (want.resource().equals(ScpStatements.IMAGE_RESOURCE)
                        ? ", the only resource ec2:Owner describes" : ""), CONSISTENCY_RULE);
            }
            if (want.conditionKey() == null) {
                if (!statement.conditions().isEmpty()) {
                    error("SCP_STATEMENT_CHANGED", null, where + " has a Condition; expected none, so that the"
                            + " deny holds in every account", CONSISTENCY_RULE);
                }
                return;
            }
            boolean shapeOk = statement.conditions().size() == 1
                    && statement.conditions().containsKey(ScpStatements.STRING_NOT_EQUALS)
                    && statement.conditions().get(ScpStatements.STRING_NOT_EQUALS).keySet()
                            .equals(Set.of(want.conditionKey()));
            if (!shapeOk) {
                error("SCP_STATEMENT_CHANGED", null, where + " has the conditions " + statement.conditions().keySet()
                        + "; expected only " + ScpStatements.STRING_NOT_EQUALS + " on " + want.conditionKey(),
                        CONSISTENCY_RULE);
            }
            statement.condition(ScpStatements.STRING_NOT_EQUALS, want.conditionKey()).ifPresent(values ->
                    compare(new TreeSet<>(values), new TreeSet<>(want.values()), want.mismatchCode(),
                            where + "'s " + want.conditionKey() + " list"));
        }

        void agreement(DeclarativeContent declarative, ScpContent scp, String declarativeSource, String scpSource) {
            Optional<List<String>> owners = scp.statement(ScpStatements.LAUNCH_SID)
                    .flatMap(s -> s.condition(ScpStatements.STRING_NOT_EQUALS, ScpStatements.OWNER_KEY));
            if (owners.isEmpty()) {
                return;
            }
            Set<String> inScpSpelling = declarative.providers().stream()
                    .map(p -> ProviderAlias.fromConfigName(p).map(ProviderAlias::scpName).orElse(p))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> scpOwners = new TreeSet<>(owners.get());
            if (!inScpSpelling.equals(scpOwners)) {
                Set<String> onlyDeclarative = minus(inScpSpelling, scpOwners);
                Set<String> onlyScp = minus(scpOwners, inScpSpelling);
                Set<String> involved = new LinkedHashSet<>(onlyDeclarative);
                involved.addAll(onlyScp);
                error("POLICIES_DISAGREE", AccountDescriptions.single(involved), "the two policies allow different"
                        + " image owners: only " + declarativeSource + " allows " + orNone(onlyDeclarative)
                        + "; only " + scpSource + " allows " + orNone(onlyScp) + ". Images of those owners would be"
                        + " refused by one layer and allowed by the other; run generate again", CONSISTENCY_RULE);
            }
        }

        private void compare(Set<String> found, Set<String> wanted, String code, String what) {
            Set<String> unexpected = minus(found, wanted);
            Set<String> missing = minus(wanted, found);
            if (unexpected.isEmpty() && missing.isEmpty()) {
                return;
            }
            Set<String> involved = new LinkedHashSet<>(unexpected);
            involved.addAll(missing);
            StringBuilder message = new StringBuilder(what).append(" differs from the config on ")
                    .append(allowlist.asOf()).append(':');
            if (!unexpected.isEmpty()) {
                message.append(" it lists ").append(accounts.describeAll(unexpected))
                        .append(unexpected.size() == 1 ? ", which the config does not allow;"
                                : ", which the config does not allow;");
            }
            if (!missing.isEmpty()) {
                message.append(" it lacks ").append(accounts.describeAll(missing)).append(';');
            }
            message.append(" run generate again");
            error(code, AccountDescriptions.single(involved), message.toString(), CONSISTENCY_RULE);
        }

        private String difference(Set<String> found, Set<String> wanted, String noun) {
            Set<String> extra = minus(found, wanted);
            Set<String> missing = minus(wanted, found);
            return "other " + noun + " than rendered: " + (extra.isEmpty() ? "" : "extra " + extra + " ")
                    + (missing.isEmpty() ? "" : "missing " + missing);
        }

        private String orNone(Set<String> values) {
            return values.isEmpty() ? "nothing more" : accounts.describeAll(values);
        }
    }

    /** A statement the config implies, to compare the file's statement of the same Sid with. */
    private record ExpectedStatement(String sid, List<String> actions, String resource, String conditionKey,
            List<String> values, String mismatchCode) {
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Set<String> repeated(List<String> values) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        for (String value : values) {
            if (!seen.add(value)) {
                repeated.add(value);
            }
        }
        return repeated;
    }
}

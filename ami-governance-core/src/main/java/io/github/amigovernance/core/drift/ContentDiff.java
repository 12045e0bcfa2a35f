package io.github.amigovernance.core.drift;

import io.github.amigovernance.core.json.Quoting;
import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.policy.ScpStatements;
import io.github.amigovernance.core.verify.AccountDescriptions;
import io.github.amigovernance.core.verify.DeclarativeContent;
import io.github.amigovernance.core.verify.Finding;
import io.github.amigovernance.core.verify.ScpContent;
import io.github.amigovernance.core.verify.ScpContent.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares what a deployed policy means with what the rendered one means: the mode, each account
 * and alias added to or removed from each list, and statements added, removed or changed. Layout,
 * key order, list order and how providers are split across criteria do not count; AWS reads them
 * the same.
 */
final class ContentDiff {

    private final AccountDescriptions accounts;
    private final LocalDate asOf;
    private final String label;
    private final List<Finding> findings = new ArrayList<>();

    /**
     * Starts a comparison.
     *
     * @param label the deployed policy as messages name it, such as {@code the deployed SCP (p-a1b2c3d4)}
     */
    ContentDiff(AccountDescriptions accounts, LocalDate asOf, String label) {
        this.accounts = accounts;
        this.asOf = asOf;
        this.label = label;
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    void declarative(DeclarativeContent deployed, DeclarativeContent rendered) {
        if (!deployed.mode().equals(rendered.mode())) {
            error("MODE_CHANGED", null, label + " sets allowed_images_settings.state to "
                    + deployed.mode().map(Quoting::quote).orElse("nothing") + "; the config renders "
                    + rendered.mode().map(Quoting::quote).orElse("nothing") + modeHint(rendered.mode()));
        }
        if (!deployed.blockPublicAccess().equals(rendered.blockPublicAccess())) {
            error("BLOCK_PUBLIC_ACCESS_CHANGED", null, label + " sets image_block_public_access.state to "
                    + deployed.blockPublicAccess().map(Quoting::quote).orElse("nothing") + "; the config renders "
                    + rendered.blockPublicAccess().map(Quoting::quote).orElse("nothing")
                    + ", which stops images being shared publicly");
        }
        if (!deployed.exceptionMessage().equals(rendered.exceptionMessage())) {
            error("EXCEPTION_MESSAGE_CHANGED", null, label + (deployed.exceptionMessage().isPresent()
                    ? " shows the exception message " + Quoting.quote(deployed.exceptionMessage().get())
                    : " has no exception message") + "; the config's is "
                    + rendered.exceptionMessage().map(Quoting::quote).orElse("none (AWS's default text)"));
        }
        Set<String> live = new TreeSet<>(deployed.providers());
        Set<String> wanted = new TreeSet<>(rendered.providers());
        for (String added : minus(live, wanted)) {
            error(code(added, true), account(added), "allowed_image_providers in " + label + " include "
                    + accounts.describe(added) + ", which the config does not allow on " + asOf);
        }
        for (String removed : minus(wanted, live)) {
            error(code(removed, false), account(removed), "allowed_image_providers in " + label + " lack "
                    + accounts.describe(removed) + ", which the config allows on " + asOf);
        }
    }

    void scp(ScpContent deployed, ScpContent rendered) {
        Map<String, Statement> live = new LinkedHashMap<>();
        for (int i = 0; i < deployed.statements().size(); i++) {
            live.putIfAbsent(deployed.statements().get(i).label(i), deployed.statements().get(i));
        }
        boolean launchRendered = rendered.statement(ScpStatements.LAUNCH_SID).isPresent();
        for (int i = 0; i < rendered.statements().size(); i++) {
            Statement wanted = rendered.statements().get(i);
            String sid = wanted.label(i);
            Statement found = live.remove(sid);
            if (found != null) {
                statement(sid, found, wanted);
            } else if (sid.equals(ScpStatements.LAUNCH_SID)) {
                error("MODE_CHANGED", null, label + " does not deny launches from images whose owner is off the"
                        + " allowlist (it has no statement " + sid + "), as in audit_mode; the config renders"
                        + " enabled mode, in which it does");
            } else {
                error("STATEMENT_REMOVED", null, label + " lacks statement " + sid + ", which denies "
                        + summary(wanted) + "; the config renders it");
            }
        }
        for (Map.Entry<String, Statement> extra : live.entrySet()) {
            if (extra.getKey().equals(ScpStatements.LAUNCH_SID) && !launchRendered) {
                error("MODE_CHANGED", null, label + " denies launches from images whose owner is off the allowlist"
                        + " (statement " + extra.getKey() + "), as in enabled mode; the config renders audit_mode,"
                        + " in which the SCP leaves launches alone");
            } else {
                error("STATEMENT_ADDED", null, label + " has statement " + extra.getKey() + " ("
                        + extra.getValue().effect().orElse("no Effect") + " " + summary(extra.getValue())
                        + "), which the config does not render");
            }
        }
    }

    private void statement(String sid, Statement deployed, Statement rendered) {
        List<String> changes = new ArrayList<>();
        if (!deployed.effect().equals(rendered.effect())) {
            changes.add("Effect is " + deployed.effect().map(Quoting::quote).orElse("missing") + ", rendered "
                    + rendered.effect().map(Quoting::quote).orElse("missing"));
        }
        listChange(changes, "Action", deployed.actions(), rendered.actions());
        listChange(changes, "Resource", deployed.resources(), rendered.resources());
        Set<String> operators = new LinkedHashSet<>(rendered.conditions().keySet());
        operators.addAll(deployed.conditions().keySet());
        for (String operator : operators) {
            Set<String> keys = new LinkedHashSet<>(rendered.conditions().getOrDefault(operator, Map.of()).keySet());
            keys.addAll(deployed.conditions().getOrDefault(operator, Map.of()).keySet());
            for (String key : keys) {
                Optional<List<String>> live = deployed.condition(operator, key);
                Optional<List<String>> wanted = rendered.condition(operator, key);
                String condition = operator + " " + key;
                if (live.isPresent() && wanted.isPresent() && operator.equals(ScpStatements.STRING_NOT_EQUALS)
                        && isAccountList(key)) {
                    accountList(sid, key, live.get(), wanted.get());
                } else if (wanted.isEmpty()) {
                    changes.add("it adds the condition " + condition + " " + new TreeSet<>(live.get()));
                } else if (live.isEmpty()) {
                    changes.add("it lacks the condition " + condition + " " + new TreeSet<>(wanted.get()));
                } else {
                    listChange(changes, "condition " + condition, live.get(), wanted.get());
                }
            }
        }
        if (!changes.isEmpty()) {
            error("STATEMENT_CHANGED", null, "statement " + sid + " of " + label + " differs from the rendered one: "
                    + String.join("; ", changes));
        }
    }

    private static boolean isAccountList(String key) {
        return key.equals(ScpStatements.OWNER_KEY) || key.equals(ScpStatements.PRINCIPAL_ACCOUNT_KEY);
    }

    private void accountList(String sid, String key, List<String> deployed, List<String> rendered) {
        Set<String> live = new TreeSet<>(deployed);
        Set<String> wanted = new TreeSet<>(rendered);
        boolean owner = key.equals(ScpStatements.OWNER_KEY);
        for (String added : minus(live, wanted)) {
            error(code(added, true), account(added), owner
                    ? "statement " + sid + " of " + label + " lets instances launch from images owned by "
                            + accounts.describe(added) + ", which the config does not allow on " + asOf
                    : "statement " + sid + " of " + label + " exempts " + accounts.describe(added)
                            + " from its denial of " + denied(sid) + "; on " + asOf
                            + " the config does not make it an internal publisher");
        }
        for (String removed : minus(wanted, live)) {
            error(code(removed, false), account(removed), owner
                    ? "statement " + sid + " of " + label + " denies launches from images owned by "
                            + accounts.describe(removed) + ", which the config allows on " + asOf
                    : "statement " + sid + " of " + label + " no longer exempts " + accounts.describe(removed)
                            + " from its denial of " + denied(sid) + ", though the config makes it an internal"
                            + " publisher on " + asOf);
        }
    }

    private static String denied(String sid) {
        if (sid.equals(ScpStatements.CREATE_SID)) {
            return "creating and importing images";
        }
        if (sid.equals(ScpStatements.SHARE_SID)) {
            return "changing image sharing";
        }
        return "its actions";
    }

    private static void listChange(List<String> changes, String what, List<String> deployed, List<String> rendered) {
        Set<String> live = new TreeSet<>(deployed);
        Set<String> wanted = new TreeSet<>(rendered);
        Set<String> added = minus(live, wanted);
        Set<String> removed = minus(wanted, live);
        if (!added.isEmpty() || !removed.isEmpty()) {
            changes.add(what + (added.isEmpty() ? "" : " adds " + added) + (added.isEmpty() || removed.isEmpty()
                    ? "" : " and") + (removed.isEmpty() ? "" : " lacks " + removed));
        }
    }

    private static String summary(Statement statement) {
        List<String> actions = statement.actions();
        String shown = actions.size() <= 3 ? String.join(", ", actions)
                : String.join(", ", actions.subList(0, 3)) + " and " + (actions.size() - 3) + " more actions";
        return (shown.isEmpty() ? "no action" : shown) + " on " + (statement.resources().isEmpty() ? "no resource"
                : String.join(", ", statement.resources()));
    }

    private static String modeHint(Optional<String> rendered) {
        if (rendered.filter("enabled"::equals).isPresent()) {
            return ", in which images from other providers cannot be discovered or launched";
        }
        return rendered.filter("audit_mode"::equals).isPresent()
                ? ", in which images are only marked as allowed or not" : "";
    }

    private static String code(String value, boolean added) {
        if (AccountId.isValid(value)) {
            return added ? "ACCOUNT_ADDED" : "ACCOUNT_REMOVED";
        }
        return added ? "ALIAS_ADDED" : "ALIAS_REMOVED";
    }

    private static AccountId account(String value) {
        return AccountId.isValid(value) ? AccountId.of(value) : null;
    }

    private void error(String code, AccountId account, String message) {
        findings.add(Finding.error(code, account, message, DriftDetector.CONTENT_RULE));
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}

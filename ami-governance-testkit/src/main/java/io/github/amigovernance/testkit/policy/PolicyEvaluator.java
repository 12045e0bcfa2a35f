package io.github.amigovernance.testkit.policy;

import io.github.amigovernance.testkit.config.Aliases;
import io.github.amigovernance.testkit.json.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides calls under the two generated policies, for exactly the policy features this project
 * renders, so that tests can compare what the two documents mean rather than how they are spelt.
 *
 * <p><b>SCP.</b> The SCP is taken to sit beside the usual full-access policy, so a call is allowed
 * unless a {@code Deny} statement matches it. A statement matches when its {@code Action} names the
 * action (case-insensitively, {@code *} and {@code ?} as wildcards), its {@code Resource} matches one
 * of the call's resources, and every condition holds for that resource. The call's resources are the
 * image it uses, whose context has {@code ec2:Owner}, and the account's instance, whose context does
 * not; both carry {@code aws:PrincipalAccount}. {@code StringNotEquals} holds when the key is absent
 * or its value is not listed; {@code StringEquals} when the key is present and listed. Any other
 * operator or element is refused with an exception rather than guessed at.
 *
 * <p><b>Declarative policy.</b> Allowed AMIs governs the launch actions of
 * {@link Ec2Vocabulary#LAUNCH_ACTIONS} on an existing image. An image is allowed when its owner
 * (alias spelling converted) is among the providers of any criterion, or when it belongs to the
 * calling account, which Allowed AMIs never restricts. In {@code enabled} mode other images cannot
 * be launched; in {@code audit_mode} they can, and are only marked.
 */
public final class PolicyEvaluator {

    private static final String REGION = "eu-west-1";
    private static final String IMAGE_ARN = "arn:aws:ec2:" + REGION + "::image/ami-0123456789abcdef0";

    private PolicyEvaluator() {
    }

    /**
     * Returns whether the SCP denies {@code request}.
     *
     * @throws UnsupportedOperationException if the SCP uses a feature this evaluator does not model
     */
    public static boolean scpDenies(Map<String, Object> scp, AccessRequest request) {
        Object statementValue = scp.get("Statement");
        List<Object> statements = statementValue instanceof List<?> list ? new ArrayList<>(list)
                : List.of(statementValue);
        for (Object element : statements) {
            Map<String, Object> statement = Tree.object(element, "Statement");
            for (String key : statement.keySet()) {
                if (!Set.of("Sid", "Effect", "Action", "Resource", "Condition").contains(key)) {
                    throw new UnsupportedOperationException("the evaluator does not model " + key);
                }
            }
            if (!"Deny".equals(statement.get("Effect"))) {
                continue;
            }
            List<String> actions = Tree.stringOrStrings(statement.get("Action"), "Action");
            if (actions.stream().noneMatch(a -> matches(a, request.action(), true))) {
                continue;
            }
            List<String> resources = Tree.stringOrStrings(statement.get("Resource"), "Resource");
            for (Map<String, String> resource : resources(request)) {
                String arn = resource.get("arn");
                if (resources.stream().anyMatch(r -> matches(r, arn, false))
                        && conditionsHold(statement.get("Condition"), resource)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns the resources of a call, each with its ARN (under {@code arn}) and condition context. */
    private static List<Map<String, String>> resources(AccessRequest request) {
        List<Map<String, String>> resources = new ArrayList<>();
        request.imageOwner().ifPresent(owner -> {
            Map<String, String> image = new LinkedHashMap<>();
            image.put("arn", IMAGE_ARN);
            image.put("ec2:Owner", owner);
            image.put("aws:PrincipalAccount", request.principalAccount());
            resources.add(image);
        });
        Map<String, String> instance = new LinkedHashMap<>();
        instance.put("arn", "arn:aws:ec2:" + REGION + ":" + request.principalAccount() + ":instance/*");
        instance.put("aws:PrincipalAccount", request.principalAccount());
        resources.add(instance);
        return resources;
    }

    private static boolean conditionsHold(Object condition, Map<String, String> context) {
        if (condition == null) {
            return true;
        }
        for (Map.Entry<String, Object> operator : Tree.object(condition, "Condition").entrySet()) {
            for (Map.Entry<String, Object> key : Tree.object(operator.getValue(), operator.getKey()).entrySet()) {
                List<String> values = Tree.stringOrStrings(key.getValue(), key.getKey());
                String actual = context.get(key.getKey());
                boolean holds = switch (operator.getKey()) {
                    case "StringNotEquals" -> actual == null || !values.contains(actual);
                    case "StringEquals" -> actual != null && values.contains(actual);
                    default -> throw new UnsupportedOperationException("the evaluator does not model the operator "
                            + operator.getKey());
                };
                if (!holds) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Returns whether an IAM pattern ({@code *} and {@code ?} wildcards) matches a value. */
    static boolean matches(String pattern, String value, boolean ignoreCase) {
        if (pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0) {
            return ignoreCase ? pattern.equalsIgnoreCase(value) : pattern.equals(value);
        }
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '*') {
                regex.append(".*");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(regex.toString(), flags).matcher(value).matches();
    }

    /**
     * Returns what Allowed AMIs, as the declarative policy sets it, does with {@code request}.
     *
     * @throws IllegalArgumentException if the policy does not have the rendered shape
     */
    public static AllowedAmisDecision allowedAmis(Map<String, Object> declarative, AccessRequest request) {
        DeclarativeFacts facts = DeclarativeFacts.read(declarative);
        if (!request.isLaunch()) {
            return new AllowedAmisDecision(true, true);
        }
        Set<String> providers = new HashSet<>(facts.providers());
        String owner = request.imageOwner().get();
        String ownerAsProvider = Aliases.configName(owner).orElse(owner);
        boolean imageAllowed = request.ownImage() || providers.contains(ownerAsProvider);
        boolean enforced = facts.allowedImagesState().equals("enabled");
        return new AllowedAmisDecision(imageAllowed || !enforced, imageAllowed);
    }

    /** Parses a policy's text for {@link #scpDenies} or {@link #allowedAmis}. */
    public static Map<String, Object> parse(String text) {
        return Json.parseObject(text);
    }

    /**
     * What Allowed AMIs does with a call.
     *
     * @param callAllowed whether the call may go ahead
     * @param imageAllowed whether the image counts as allowed (what audit mode reports)
     */
    public record AllowedAmisDecision(boolean callAllowed, boolean imageAllowed) {
    }
}

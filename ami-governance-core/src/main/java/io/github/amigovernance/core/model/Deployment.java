package io.github.amigovernance.core.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the two policies are deployed to AWS Organizations: the name and description of each, and
 * the roots, OUs and accounts each is attached to.
 *
 * <p>Usually both policies go to the same targets: they are two halves of one control, and an
 * account under only one of them is only half governed. A rollout may still attach them apart for
 * a while, such as the SCP to a pilot OU only, so each has its own list.
 *
 * @param declarative the name and description of the EC2 declarative policy
 * @param declarativeTargets where the declarative policy is attached, in config order
 * @param scp the name and description of the SCP
 * @param scpTargets where the SCP is attached, in config order
 */
public record Deployment(PolicyMetadata declarative, List<TargetId> declarativeTargets, PolicyMetadata scp,
        List<TargetId> scpTargets) {

    /** No targets, and the default names and descriptions. */
    public static final Deployment DEFAULTS = of(List.of(), PolicyMetadata.DECLARATIVE_DEFAULT,
            PolicyMetadata.SCP_DEFAULT);

    /**
     * Checks that no part is missing and that no list names a target twice, and copies the lists.
     *
     * @throws IllegalArgumentException if a list names a target twice
     */
    public Deployment {
        Objects.requireNonNull(declarative, "declarative");
        Objects.requireNonNull(scp, "scp");
        declarativeTargets = unique(declarativeTargets);
        scpTargets = unique(scpTargets);
    }

    /** Returns a deployment that attaches both policies to the same targets. */
    public static Deployment of(List<TargetId> targets, PolicyMetadata declarative, PolicyMetadata scp) {
        return new Deployment(declarative, targets, scp, targets);
    }

    /** Returns a copy of this deployment that attaches both policies to {@code targets}. */
    public Deployment withTargets(List<TargetId> targets) {
        return new Deployment(declarative, targets, scp, targets);
    }

    /** Returns whether both policies go to the same targets, whatever their order. */
    public boolean sameTargets() {
        return new HashSet<>(declarativeTargets).equals(new HashSet<>(scpTargets));
    }

    /** Returns every target of either policy, the declarative policy's first, each once. */
    public List<TargetId> allTargets() {
        Set<TargetId> all = new LinkedHashSet<>(declarativeTargets);
        all.addAll(scpTargets);
        return List.copyOf(all);
    }

    private static List<TargetId> unique(List<TargetId> targets) {
        Set<TargetId> seen = new HashSet<>();
        List<TargetId> copy = new ArrayList<>(targets.size());
        for (TargetId target : targets) {
            if (!seen.add(Objects.requireNonNull(target, "target"))) {
                throw new IllegalArgumentException("target " + target + " is listed twice");
            }
            copy.add(target);
        }
        return List.copyOf(copy);
    }
}

package io.github.amigovernance.core.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How the two policies are deployed to AWS Organizations: the name and description of each, and
 * the roots, OUs and accounts both are attached to.
 *
 * <p>Both policies go to the same targets: they are two halves of one control, and an account
 * under only one of them is only half governed.
 *
 * @param targets where both policies are attached, in config order; empty when they are attached nowhere
 * @param declarative the name and description of the EC2 declarative policy
 * @param scp the name and description of the SCP
 */
public record Deployment(List<TargetId> targets, PolicyMetadata declarative, PolicyMetadata scp) {

    /** No targets, and the default names and descriptions. */
    public static final Deployment DEFAULTS = new Deployment(List.of(), PolicyMetadata.DECLARATIVE_DEFAULT,
            PolicyMetadata.SCP_DEFAULT);

    /**
     * Checks that no part is missing and that no target is listed twice, and copies the list.
     *
     * @throws IllegalArgumentException if a target is listed twice
     */
    public Deployment {
        targets = List.copyOf(targets);
        Objects.requireNonNull(declarative, "declarative");
        Objects.requireNonNull(scp, "scp");
        Set<TargetId> seen = new HashSet<>();
        for (TargetId target : targets) {
            if (!seen.add(target)) {
                throw new IllegalArgumentException("target " + target + " is listed twice");
            }
        }
    }

    /** Returns a copy of this deployment with other targets. */
    public Deployment withTargets(List<TargetId> newTargets) {
        return new Deployment(newTargets, declarative, scp);
    }
}

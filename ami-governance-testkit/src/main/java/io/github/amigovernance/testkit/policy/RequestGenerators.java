package io.github.amigovernance.testkit.policy;

import io.github.amigovernance.testkit.Generator;
import io.github.amigovernance.testkit.config.ConfigCase;
import io.github.amigovernance.testkit.config.ConfigGenerators;
import io.github.amigovernance.testkit.config.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators of calls to decide under a scenario's policies. Principals and image owners are drawn
 * mostly from the config's own accounts (allowed, expired and vendor ones), the aliases and the
 * caller itself, so that every branch of both policies is reached often.
 */
public final class RequestGenerators {

    private static final List<String> UNGOVERNED = List.of("ec2:DescribeImages", "ec2:StartInstances",
            "ec2:EnableImageBlockPublicAccess", "ec2:DeregisterImage");

    private RequestGenerators() {
    }

    /** Returns a generator of calls for {@code scenario}. */
    public static Generator<AccessRequest> requests(Scenario scenario) {
        ConfigCase config = scenario.config();
        List<String> principals = new ArrayList<>();
        principals.add(config.ops().accountId());
        config.exceptions().forEach(e -> principals.add(e.accountId()));
        config.vendors().stream().limit(20).forEach(v -> principals.add(v.accountId()));
        List<String> owners = new ArrayList<>(principals);
        owners.addAll(Ec2Vocabulary.OWNER_ALIASES);
        return source -> {
            String principal = source.percent(80) ? source.pick(principals)
                    : ConfigGenerators.accountIds().next(source);
            int kind = source.between(1, 100);
            if (kind <= 50) {
                String owner;
                int ownerKind = source.between(1, 100);
                if (ownerKind <= 20) {
                    owner = principal;
                } else if (ownerKind <= 85) {
                    owner = source.pick(owners);
                } else {
                    owner = ConfigGenerators.accountIds().next(source);
                }
                return new AccessRequest(source.pick(Ec2Vocabulary.LAUNCH_ACTIONS), principal, Optional.of(owner));
            }
            if (kind <= 75) {
                return new AccessRequest(source.pick(Ec2Vocabulary.CREATE_ACTIONS), principal, Optional.empty());
            }
            if (kind <= 85) {
                return new AccessRequest(Ec2Vocabulary.SHARE_ACTION, principal, Optional.empty());
            }
            if (kind <= 90) {
                return new AccessRequest(Ec2Vocabulary.DISABLE_BLOCK_PUBLIC_ACCESS, principal, Optional.empty());
            }
            return new AccessRequest(source.pick(UNGOVERNED), principal,
                    source.percent(50) ? Optional.of(source.pick(owners)) : Optional.empty());
        };
    }
}

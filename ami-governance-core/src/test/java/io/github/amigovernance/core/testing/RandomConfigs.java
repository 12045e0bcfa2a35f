package io.github.amigovernance.core.testing;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.model.Deployment;
import io.github.amigovernance.core.model.ExceptionAccount;
import io.github.amigovernance.core.model.GovernanceConfig;
import io.github.amigovernance.core.model.OpsPublisher;
import io.github.amigovernance.core.model.PolicyMetadata;
import io.github.amigovernance.core.model.ProviderAlias;
import io.github.amigovernance.core.model.TargetId;
import io.github.amigovernance.core.model.VendorPublisher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Builds random configs for property tests from a seeded {@link Random}, so that a failure can be
 * replayed from its seed. Texts come from a pool of awkward ones: quotes, backslashes, shell and
 * Terraform template characters, non-ASCII letters and the longest names AWS accepts.
 */
public final class RandomConfigs {

    /** The day the configs are meant to be rendered on. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 3);

    private static final List<String> TEXTS = List.of(
            "AMI not approved. See https://wiki.example.com/ami",
            "It's \"blocked\": ask #cloud-platform; ${wiki} & 50% %{off} `whoami` $(id) \\ back\\slash",
            "Ünïcödé – 画像 – 🚫 not allowed",
            "$${already} %%{escaped} $$ %% end$",
            "-starts with a dash; then 'single' quotes");

    private static final List<String> NAMES = List.of("ami-governance-declarative-policy", "ami-guardrail",
            "AMI allowlist (prod)", "-leading-dash", "it's \"quoted\" $HOME `x` ${y} %{z}", "Ünïcödé画像",
            "n".repeat(PolicyMetadata.MAX_NAME_CHARACTERS));

    private RandomConfigs() {
    }

    /** Returns a random config that renders within the AWS limits. */
    public static GovernanceConfig config(Random random) {
        Set<String> used = new LinkedHashSet<>();
        GovernanceConfig.Builder builder = GovernanceConfig.builder(new OpsPublisher(account(random, used),
                Optional.of("ops")));
        int vendors = random.nextInt(30);
        for (int i = 0; i < vendors; i++) {
            builder.vendor(VendorPublisher.of(account(random, used), "vendor " + i));
        }
        for (ProviderAlias alias : ProviderAlias.values()) {
            if (random.nextBoolean()) {
                builder.providerAlias(alias);
            }
        }
        if (random.nextInt(4) > 0) {
            builder.exceptionMessage(Optional.of(pick(random, TEXTS)));
        }
        int exceptions = random.nextInt(6);
        for (int i = 0; i < exceptions; i++) {
            LocalDate expires = AS_OF.plusDays(random.nextInt(120) - 40);
            builder.exception(ExceptionAccount.of(account(random, used), expires, "reason " + i, "T-" + i));
        }
        List<TargetId> targets = new ArrayList<>();
        int count = random.nextInt(5);
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            String id = switch (random.nextInt(3)) {
                case 0 -> "r-" + lower(random, 4 + random.nextInt(5));
                case 1 -> "ou-" + lower(random, 4) + "-" + lower(random, 8 + random.nextInt(4));
                default -> digits(random, 12);
            };
            if (ids.add(id)) {
                targets.add(TargetId.of(id));
            }
        }
        String declarativeName = pick(random, NAMES);
        String scpName = pick(random, NAMES);
        List<TargetId> scpTargets = random.nextInt(4) == 0 ? targets.subList(0, targets.size() / 2) : targets;
        builder.deployment(new Deployment(new PolicyMetadata(declarativeName, pick(random, TEXTS)), targets,
                new PolicyMetadata(scpName, random.nextBoolean() ? "" : pick(random, TEXTS)), scpTargets));
        return builder.build();
    }

    private static AccountId account(Random random, Set<String> used) {
        String id;
        do {
            id = digits(random, 12);
        } while (!used.add(id));
        return AccountId.of(id);
    }

    private static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private static String lower(Random random, int length) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}

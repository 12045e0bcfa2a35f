package io.github.amigovernance.testkit.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AWS provider aliases and their two spellings, written down here from the AWS documentation
 * rather than taken from the code under test: the config and the declarative policy use
 * underscores, the SCP's {@code ec2:Owner} key uses hyphens.
 */
public final class Aliases {

    /** The aliases in the config's (and the declarative policy's) spelling. */
    public static final List<String> CONFIG_NAMES = List.of("amazon", "aws_marketplace", "aws_backup_vault");

    private static final Map<String, String> SCP_NAMES = Map.of(
            "amazon", "amazon",
            "aws_marketplace", "aws-marketplace",
            "aws_backup_vault", "aws-backup-vault");

    private Aliases() {
    }

    /**
     * Returns the SCP spelling of a config alias.
     *
     * @throws IllegalArgumentException if {@code configName} is not an alias
     */
    public static String scpName(String configName) {
        String name = SCP_NAMES.get(configName);
        if (name == null) {
            throw new IllegalArgumentException("not a provider alias: " + configName);
        }
        return name;
    }

    /** Returns the config spelling of an {@code ec2:Owner} alias, if {@code scpName} is one. */
    public static Optional<String> configName(String scpName) {
        return SCP_NAMES.entrySet().stream().filter(e -> e.getValue().equals(scpName)).map(Map.Entry::getKey)
                .findFirst();
    }
}

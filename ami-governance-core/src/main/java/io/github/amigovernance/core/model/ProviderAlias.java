package io.github.amigovernance.core.model;

import java.util.Optional;

/**
 * The provider aliases that Allowed AMIs accepts besides account IDs. The config and the
 * declarative policy use the underscore spelling; the SCP's {@code ec2:Owner} key uses hyphens.
 */
public enum ProviderAlias implements Provider {

    /** Images published by Amazon, which ECS, EKS and Lambda managed instances launch from. */
    AMAZON("amazon", "amazon"),

    /** Images sold through AWS Marketplace, whatever the seller's own account. */
    AWS_MARKETPLACE("aws_marketplace", "aws-marketplace"),

    /** Images restored from an AWS Backup logically air-gapped vault. */
    AWS_BACKUP_VAULT("aws_backup_vault", "aws-backup-vault");

    private final String declarativeName;
    private final String scpName;

    ProviderAlias(String declarativeName, String scpName) {
        this.declarativeName = declarativeName;
        this.scpName = scpName;
    }

    /** Returns the alias with the given config (declarative-policy) spelling, if there is one. */
    public static Optional<ProviderAlias> fromConfigName(String name) {
        for (ProviderAlias alias : values()) {
            if (alias.declarativeName.equals(name)) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    /** Returns the alias whose SCP spelling is {@code name}, if there is one. */
    public static Optional<ProviderAlias> fromScpName(String name) {
        for (ProviderAlias alias : values()) {
            if (alias.scpName.equals(name)) {
                return Optional.of(alias);
            }
        }
        return Optional.empty();
    }

    @Override
    public String declarativeName() {
        return declarativeName;
    }

    @Override
    public String scpName() {
        return scpName;
    }

    @Override
    public String toString() {
        return declarativeName;
    }
}

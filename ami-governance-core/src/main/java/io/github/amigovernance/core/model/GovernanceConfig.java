package io.github.amigovernance.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one config file says: who publishes images, which aliases are allowed, which
 * exceptions exist and the policy that judges them. The single source of truth from which both
 * AWS policies are rendered.
 *
 * @param opsPublisher the organization's golden-image publisher
 * @param vendorPublishers third-party publishers, in config order
 * @param providerAliases AWS provider aliases that are allowed
 * @param exceptionMessage the text EC2 shows when it refuses an image, when set
 * @param exceptions time-bound exceptions, in config order, expired ones included
 * @param exceptionPolicy the parameters of the exception rules
 * @param deployment the policies' names and descriptions in AWS Organizations, and their targets
 */
public record GovernanceConfig(
        OpsPublisher opsPublisher,
        List<VendorPublisher> vendorPublishers,
        Set<ProviderAlias> providerAliases,
        Optional<String> exceptionMessage,
        List<ExceptionAccount> exceptions,
        ExceptionPolicy exceptionPolicy,
        Deployment deployment) {

    /**
     * Checks that no part is missing and copies the collections.
     *
     * @throws IllegalArgumentException if the exception message is blank
     */
    public GovernanceConfig {
        Objects.requireNonNull(opsPublisher, "opsPublisher");
        vendorPublishers = List.copyOf(vendorPublishers);
        providerAliases = providerAliases.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ProviderAlias.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(providerAliases));
        Objects.requireNonNull(exceptionMessage, "exceptionMessage");
        if (exceptionMessage.isPresent() && exceptionMessage.get().isBlank()) {
            throw new IllegalArgumentException("the exception message is blank; leave it out to use AWS's default");
        }
        exceptions = List.copyOf(exceptions);
        Objects.requireNonNull(exceptionPolicy, "exceptionPolicy");
        Objects.requireNonNull(deployment, "deployment");
    }

    /** Starts a config with the given ops publisher and nothing else. */
    public static Builder builder(OpsPublisher opsPublisher) {
        return new Builder(opsPublisher);
    }

    /** Returns a builder that starts from this config. */
    public Builder toBuilder() {
        Builder builder = new Builder(opsPublisher);
        builder.vendorPublishers.addAll(vendorPublishers);
        builder.providerAliases.addAll(providerAliases);
        builder.exceptionMessage = exceptionMessage;
        builder.exceptions.addAll(exceptions);
        builder.exceptionPolicy = exceptionPolicy;
        builder.deployment = deployment;
        return builder;
    }

    /** Assembles a {@link GovernanceConfig} step by step. Not thread-safe. */
    public static final class Builder {

        private OpsPublisher opsPublisher;
        private final List<VendorPublisher> vendorPublishers = new ArrayList<>();
        private final Set<ProviderAlias> providerAliases = EnumSet.noneOf(ProviderAlias.class);
        private Optional<String> exceptionMessage = Optional.empty();
        private final List<ExceptionAccount> exceptions = new ArrayList<>();
        private ExceptionPolicy exceptionPolicy = ExceptionPolicy.DEFAULTS;
        private Deployment deployment = Deployment.DEFAULTS;

        private Builder(OpsPublisher opsPublisher) {
            this.opsPublisher = Objects.requireNonNull(opsPublisher, "opsPublisher");
        }

        /** Replaces the ops publisher. */
        public Builder opsPublisher(OpsPublisher publisher) {
            this.opsPublisher = Objects.requireNonNull(publisher, "publisher");
            return this;
        }

        /** Adds a vendor publisher. */
        public Builder vendor(VendorPublisher vendor) {
            vendorPublishers.add(Objects.requireNonNull(vendor, "vendor"));
            return this;
        }

        /** Replaces the vendor publishers. */
        public Builder vendors(List<VendorPublisher> vendors) {
            vendorPublishers.clear();
            vendorPublishers.addAll(vendors);
            return this;
        }

        /** Allows a provider alias. */
        public Builder providerAlias(ProviderAlias alias) {
            providerAliases.add(Objects.requireNonNull(alias, "alias"));
            return this;
        }

        /** Replaces the allowed provider aliases. */
        public Builder providerAliases(Set<ProviderAlias> aliases) {
            providerAliases.clear();
            providerAliases.addAll(aliases);
            return this;
        }

        /** Sets the text EC2 shows when it refuses an image; empty for AWS's default. */
        public Builder exceptionMessage(Optional<String> message) {
            this.exceptionMessage = Objects.requireNonNull(message, "message");
            return this;
        }

        /** Adds an exception. */
        public Builder exception(ExceptionAccount exception) {
            exceptions.add(Objects.requireNonNull(exception, "exception"));
            return this;
        }

        /** Replaces the exceptions. */
        public Builder exceptions(List<ExceptionAccount> newExceptions) {
            exceptions.clear();
            exceptions.addAll(newExceptions);
            return this;
        }

        /** Sets the exception policy. */
        public Builder exceptionPolicy(ExceptionPolicy policy) {
            this.exceptionPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Sets how the policies are named and where they are attached. */
        public Builder deployment(Deployment newDeployment) {
            this.deployment = Objects.requireNonNull(newDeployment, "newDeployment");
            return this;
        }

        /** Returns the config; see {@link GovernanceConfig#GovernanceConfig} for the checks. */
        public GovernanceConfig build() {
            return new GovernanceConfig(opsPublisher, vendorPublishers, providerAliases, exceptionMessage, exceptions,
                    exceptionPolicy, deployment);
        }
    }
}

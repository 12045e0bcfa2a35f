package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.AccountId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The launches seen in CloudTrail, counted by account, region, image, kind of caller and outcome.
 * Its size grows with the number of distinct images launched, not with the number of records
 * read. Each worker fills its own; {@link #merge} combines them. Not thread-safe.
 */
final class LaunchLog {

    /** Who made a launch call, as far as the SCP is concerned. */
    enum Launcher {
        /** A user or role of the account, which SCPs govern. */
        PRINCIPAL,
        /** An AWS service through a service-linked role or its own service principal, which SCPs do not restrict. */
        AWS_SERVICE,
        /** The record has no {@code userIdentity}; treated as a principal the SCP governs. */
        UNKNOWN
    }

    /**
     * What launches are counted by.
     *
     * @param account the account the call was made in
     * @param region the call's region
     * @param imageId the image launched, or empty when the record names only a launch template or nothing
     * @param template the launch template the call named, when it named no image; or {@code null}
     * @param launcher who made the call
     * @param outcome {@code succeeded}, or the call's {@code errorCode}
     */
    record Key(AccountId account, String region, String imageId, Inventory.TemplateRef template, Launcher launcher,
            String outcome) {
        Key {
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(imageId, "imageId");
            Objects.requireNonNull(launcher, "launcher");
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The outcome of a call without an {@code errorCode}. */
    static final String SUCCEEDED = "succeeded";

    /** What is known about the calls of one key. Not thread-safe. */
    static final class Stats {
        long calls;
        long instances;
        String firstSeen = "";
        String lastSeen = "";
        final BoundedSample<String> eventIds = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);
        final BoundedSample<String> principals = BoundedSample.ofStrings(ImpactFinding.SAMPLE_SIZE);

        void add(String eventId, String principal, String eventTime, long launched) {
            calls++;
            instances += launched;
            if (eventId != null) {
                eventIds.add(eventId);
            }
            principals.add(principal);
            seen(eventTime);
        }

        void merge(Stats other) {
            calls += other.calls;
            instances += other.instances;
            eventIds.addAll(other.eventIds);
            principals.addAll(other.principals);
            seen(other.firstSeen);
            seen(other.lastSeen);
        }

        private void seen(String time) {
            if (time == null || time.isEmpty()) {
                return;
            }
            if (firstSeen.isEmpty() || time.compareTo(firstSeen) < 0) {
                firstSeen = time;
            }
            if (lastSeen.isEmpty() || time.compareTo(lastSeen) > 0) {
                lastSeen = time;
            }
        }
    }

    final Map<Key, Stats> launches = new HashMap<>();

    /** Counts one call. */
    void add(Key key, String eventId, String principal, String eventTime, long launched) {
        launches.computeIfAbsent(key, k -> new Stats()).add(eventId, principal, eventTime, launched);
    }

    /** Adds the calls counted by another log to this one. */
    void merge(LaunchLog other) {
        other.launches.forEach((key, stats) -> launches.computeIfAbsent(key, k -> new Stats()).merge(stats));
    }
}

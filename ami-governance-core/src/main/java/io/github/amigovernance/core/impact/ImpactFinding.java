package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.AccountId;
import io.github.amigovernance.core.verify.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One group of resources in one account and region that enforcement affects in the same way: for
 * example the running instances of account 111122223333 in us-east-1 launched from images owned by
 * 999988887777, which both Allowed AMIs and the SCP would refuse.
 *
 * <p>Only samples of the resources are kept (the smallest identifiers, so that the sample does
 * not depend on the order in which files were read); {@link #count()} is the full number.
 *
 * @param code a stable identifier in upper snake case, such as {@code INSTANCE_RELAUNCH_BLOCKED}
 * @param severity {@code error} when enforcement would block something, otherwise warning or info
 * @param category what the resources are
 * @param account the account the resources are in
 * @param region the region the resources are in, exactly as the input names it
 * @param owner the owner of the images, when the finding is about one owner
 * @param allowedImages what Allowed AMIs in {@code enabled} mode would do
 * @param scp what the SCP's launch deny would do
 * @param outcome for CloudTrail launches, {@code succeeded} or the call's {@code errorCode}; otherwise empty
 * @param count how many resources (instances, template versions, groups, calls, images) the group holds
 * @param examples the smallest resource identifiers of the group, at most {@link #SAMPLE_SIZE}
 * @param imageIds the smallest image IDs involved, at most {@link #SAMPLE_SIZE}
 * @param principals for CloudTrail launches, the smallest caller ARNs or services seen
 * @param firstSeen for CloudTrail launches, the earliest {@code eventTime}; otherwise empty
 * @param lastSeen for CloudTrail launches, the latest {@code eventTime}; otherwise empty
 * @param message what the finding means and what to do, for a person
 * @param commands shell commands that fix the finding, such as making a public image private
 */
public record ImpactFinding(
        String code,
        Severity severity,
        FindingCategory category,
        AccountId account,
        String region,
        Optional<ImageOwner> owner,
        AllowedImagesVerdict allowedImages,
        ScpVerdict scp,
        String outcome,
        long count,
        List<String> examples,
        List<String> imageIds,
        List<String> principals,
        String firstSeen,
        String lastSeen,
        String message,
        List<String> commands) {

    /** The largest number of identifiers a finding keeps in each sample. */
    public static final int SAMPLE_SIZE = 10;

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Checks that no part is missing and copies the lists.
     *
     * @throws IllegalArgumentException if the code is malformed, the count is below 1 or the message blank
     */
    public ImpactFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(allowedImages, "allowedImages");
        Objects.requireNonNull(scp, "scp");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(message, "message");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a finding code is upper snake case, got '" + code + "'");
        }
        if (count < 1) {
            throw new IllegalArgumentException("finding " + code + " counts " + count
                    + " resources; expected at least 1");
        }
        if (message.isBlank()) {
            throw new IllegalArgumentException("finding " + code + " has no message");
        }
        examples = List.copyOf(examples);
        imageIds = List.copyOf(imageIds);
        principals = List.copyOf(principals);
        commands = List.copyOf(commands);
    }

    /** Returns whether enforcement would block what this finding describes. */
    public boolean wouldBlock() {
        return severity == Severity.ERROR;
    }
}

package io.github.amigovernance.testkit.policy;

import java.util.Objects;
import java.util.Optional;

/**
 * One API call to decide: who calls, which action, and the owner of the image it uses, if any.
 *
 * @param action the IAM action, such as {@code ec2:RunInstances}
 * @param principalAccount the calling principal's account
 * @param imageOwner the image's owner as {@code ec2:Owner} spells it (an account ID or an alias
 *     such as {@code aws-marketplace}), when the call uses an existing image
 */
public record AccessRequest(String action, String principalAccount, Optional<String> imageOwner) {

    /** Checks that no part is missing. */
    public AccessRequest {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(principalAccount, "principalAccount");
        Objects.requireNonNull(imageOwner, "imageOwner");
    }

    /** Returns whether this call launches from (or puts on an instance) an existing image. */
    public boolean isLaunch() {
        return Ec2Vocabulary.LAUNCH_ACTIONS.contains(action) && imageOwner.isPresent();
    }

    /** Returns whether the image belongs to the calling account. */
    public boolean ownImage() {
        return imageOwner.filter(principalAccount::equals).isPresent();
    }

    @Override
    public String toString() {
        return action + " by " + principalAccount + imageOwner.map(o -> " on an image of " + o).orElse("");
    }
}

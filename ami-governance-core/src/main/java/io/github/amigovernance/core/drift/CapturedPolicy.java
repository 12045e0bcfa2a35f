package io.github.amigovernance.core.drift;

import java.util.List;
import java.util.Objects;

/** What a capture says about the policy of one type and name: there is one, none, or several. */
public sealed interface CapturedPolicy permits CapturedPolicy.Found, CapturedPolicy.Missing, CapturedPolicy.Ambiguous {

    /**
     * Exactly one policy of the type has the name.
     *
     * @param policy the policy
     */
    record Found(DeployedPolicy policy) implements CapturedPolicy {

        /** Checks that the policy is given. */
        public Found {
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * No policy of the type has the name.
     *
     * @param listSource the list-policies file that was searched
     */
    record Missing(String listSource) implements CapturedPolicy {

        /** Checks that the source is given. */
        public Missing {
            Objects.requireNonNull(listSource, "listSource");
        }
    }

    /**
     * Several policies of the type have the name, so none can be told to be the deployed one.
     *
     * @param ids their policy IDs
     * @param listSource the list-policies file that was searched
     */
    record Ambiguous(List<String> ids, String listSource) implements CapturedPolicy {

        /** Checks that no part is missing and copies the list. */
        public Ambiguous {
            ids = List.copyOf(ids);
            Objects.requireNonNull(listSource, "listSource");
        }
    }
}

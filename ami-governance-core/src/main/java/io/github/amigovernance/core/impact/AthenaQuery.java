package io.github.amigovernance.core.impact;

import io.github.amigovernance.core.model.Allowlist;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * The Athena query that classifies an organization trail's launches the way {@link ImpactAnalyzer}
 * does, for organizations whose CloudTrail archive is too large for one machine. The project ships
 * it as the resource {@code athena-classification.sql}; {@code docs/impact.md} prints the same text.
 *
 * <p>Differences from the analyzer, by design of a single SQL statement: a call that names only a
 * launch template (a failed call, typically) counts as unresolved rather than being resolved
 * through the template's captured versions, and only the first image of a call is classified,
 * which is every image of the call, since one RunInstances call launches one image.
 */
public final class AthenaQuery {

    /** The placeholder the template holds where the allowed providers go. */
    public static final String PROVIDERS_PLACEHOLDER = "${allowed_providers}";

    private static final String RESOURCE = "athena-classification.sql";

    private AthenaQuery() {
    }

    /** Returns the query as shipped, with {@value #PROVIDERS_PLACEHOLDER} still in it. */
    public static String template() {
        try (InputStream in = AthenaQuery.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the resource " + RESOURCE + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the resource " + RESOURCE, e);
        }
    }

    /**
     * Returns the query with {@code allowlist}'s providers filled in, spelled as EC2 reports image
     * owners ({@code amazon}, {@code aws-marketplace}, account IDs), so it can run as it is.
     */
    public static String render(Allowlist allowlist) {
        String providers = allowlist.scpOwners().stream().map(p -> "'" + p.replace("'", "''") + "'")
                .collect(Collectors.joining(", "));
        String template = template();
        int at = template.indexOf(PROVIDERS_PLACEHOLDER);
        if (at < 0 || template.indexOf(PROVIDERS_PLACEHOLDER, at + 1) >= 0) {
            throw new IllegalStateException("the resource " + RESOURCE + " should hold " + PROVIDERS_PLACEHOLDER
                    + " exactly once");
        }
        return template.substring(0, at) + providers + template.substring(at + PROVIDERS_PLACEHOLDER.length());
    }
}

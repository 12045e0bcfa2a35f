/**
 * Impact analysis: what switching Allowed AMIs from {@code audit_mode} to {@code enabled}, and
 * attaching the SCP's launch deny, would break across an organization.
 *
 * <p>{@link io.github.amigovernance.core.impact.ImpactAnalyzer} reads AWS CLI captures
 * (instances, images, launch templates, Auto Scaling groups) and CloudTrail log files laid out per
 * account and region, and classifies every image in use against the allowlist a config enforces
 * on a given day. Files are streamed, never held whole in memory; the result is an immutable
 * {@link io.github.amigovernance.core.impact.ImpactReport} whose content does not depend on the
 * order in which files were read.
 */
package io.github.amigovernance.core.impact;

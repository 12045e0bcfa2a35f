/**
 * Generated configs: a test-side model of a config file ({@link io.github.amigovernance.testkit.config.ConfigCase})
 * that writes itself as JSON text in many layouts, generators of valid configs and scenarios, the
 * allowlist a config means computed independently of the code under test, and random edits of
 * config text.
 */
package io.github.amigovernance.testkit.config;

/**
 * Property tests: claims about the loader, the renderers and the verifier, each checked on a
 * thousand or more generated configs, with expectations from the test kit rather than from the
 * code under test. See docs/testing.md.
 */
package io.github.amigovernance.core.properties;

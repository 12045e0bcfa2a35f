/**
 * Coverage-guided fuzz targets (Jazzer). A plain test run replays the committed inputs under
 * {@code src/test/resources/io/github/amigovernance/core/fuzz/<Class>Inputs/<method>/}; the
 * {@code fuzz} Maven profile fuzzes one target for a set time (see docs/testing.md). The build runs
 * this package in a JVM of its own, because Jazzer's agent instruments every class loaded after it.
 */
package io.github.amigovernance.core.fuzz;

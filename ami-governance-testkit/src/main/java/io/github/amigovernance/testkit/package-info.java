/**
 * A small property-testing harness: {@link io.github.amigovernance.testkit.Generator generators}
 * draw inputs from a seeded {@link io.github.amigovernance.testkit.Source}, a
 * {@link io.github.amigovernance.testkit.Property} checks a claim on many of them, and a
 * {@link io.github.amigovernance.testkit.Shrinker} makes a failing input smaller before it is
 * reported with the seed and the command that repeats it.
 *
 * <p>Every run is reproducible: the seed is fixed unless {@code -Dami.seed} overrides it.
 */
package io.github.amigovernance.testkit;

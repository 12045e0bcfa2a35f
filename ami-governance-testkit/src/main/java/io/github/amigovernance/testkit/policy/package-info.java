/**
 * Reading, checking and evaluating the two generated policies without the code that made them: a
 * reader of what each file says, the structural checks AWS's own linters apply, and a small
 * evaluator of exactly the policy features the project renders.
 */
package io.github.amigovernance.testkit.policy;

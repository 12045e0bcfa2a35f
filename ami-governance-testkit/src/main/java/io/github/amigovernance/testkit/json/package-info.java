/**
 * A small strict JSON reader and a JSON writer with variable layout, written for tests so that
 * they read and write policy and config text without the JSON library the code under test uses.
 */
package io.github.amigovernance.testkit.json;

/**
 * Test cases: scenarios with the decision the guidance says they should get, written in YAML for policy leads to
 * read and review (the {@code lado-test-case/1} format, one case per file), and the runner that checks an engine
 * against them. {@code mvn test} runs the repository's {@code test-cases} folder through it; the CLI's
 * {@code test} command will do the same for a folder of the user's choosing.
 */
package io.github.ladorules.testcases;

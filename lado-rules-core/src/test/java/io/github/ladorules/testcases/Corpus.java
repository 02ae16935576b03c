package io.github.ladorules.testcases;

import io.github.ladorules.LadoEngine;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The repository's test cases, run once per test JVM and shared by the tests that read the results: running the
 * corpus twice would only cost time, and the coverage test must see exactly the run the per-case tests report.
 */
final class Corpus {
    static final String KNOWN_GAPS = "known-gaps";
    private static LadoEngine engine;
    private static TestRun run;

    private Corpus() {
    }

    /** The repository root; surefire sets {@code lado.repository}, an IDE run from the module falls back to "..". */
    static Path repository() {
        String configured = System.getProperty("lado.repository");
        Path root = Path.of(configured != null ? configured : "..").toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("test-cases"))) {
            throw new IllegalStateException("no test-cases folder under " + root + "; set -Dlado.repository");
        }
        return root;
    }

    static Path testCases() {
        return repository().resolve("test-cases");
    }

    /**
     * The editions in the checkout's {@code rules/} folder (the jar ships the same files), so a rule a message names
     * is the file a policy lead edits; every edition is compiled up front so a rules error shows before any case.
     */
    static synchronized LadoEngine engine() {
        if (engine == null) {
            engine = LadoEngine.builder().rulesDirectory(repository().resolve("rules")).compileAllEditions().build();
        }
        return engine;
    }

    static synchronized TestRun run() {
        if (run == null) {
            run = new TestCaseRunner(engine()).run(testCases());
        }
        return run;
    }
}

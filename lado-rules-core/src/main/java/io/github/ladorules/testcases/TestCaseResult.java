package io.github.ladorules.testcases;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The result of one test-case file.
 *
 * @param file the file
 * @param name the case's sentence, or the file name when the file could not be read
 * @param status what happened
 * @param differences each way the decision differs from the expectation, as {@code "field: expected X, got Y"};
 *        for an unreadable file, its problems
 * @param edition the id of the edition that evaluated the case, or null when none did
 * @param firedRules the ids of the rules behind the decision's reasons and actions (empty when none ran)
 * @param knownGap the reason a known-gap case is believed to expose a rule bug, or null
 */
public record TestCaseResult(
        Path file,
        String name,
        Status status,
        List<String> differences,
        String edition,
        Set<String> firedRules,
        String knownGap) {

    /** What happened to a test case. */
    public enum Status {
        /** The decision matched the expectation. */
        PASSED,
        /** The decision differed from the expectation, or a known gap unexpectedly passed. */
        FAILED,
        /** A known gap still differs, as expected while the rule bug stands; not counted as a failure. */
        KNOWN_GAP,
        /** The file could not be read as a test case; nothing was evaluated. */
        INVALID,
        /**
         * The decision could not be computed: a rules error, the deadline, or a fault in the engine. The case is
         * reported as an error and the run goes on.
         */
        ERROR
    }

    public TestCaseResult {
        differences = List.copyOf(differences);
        firedRules = Set.copyOf(firedRules);
    }

    public boolean passed() {
        return status == Status.PASSED;
    }
}

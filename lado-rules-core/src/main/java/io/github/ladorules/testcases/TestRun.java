package io.github.ladorules.testcases;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The results of running a file or folder of test cases, in file order.
 *
 * @param results one per file, sorted by path
 * @param firedRules by edition id, the ids of every rule that fired in a case that was evaluated as a test (known
 *        gaps and unreadable files do not count), for rule coverage
 */
public record TestRun(List<TestCaseResult> results, Map<String, Set<String>> firedRules) {

    public TestRun {
        results = List.copyOf(results);
        // Sorted, and read-only all the way down, so a caller can print them as they are.
        SortedMap<String, Set<String>> sorted = new TreeMap<>();
        firedRules.forEach((edition, ids) -> sorted.put(edition, Collections.unmodifiableSortedSet(new TreeSet<>(ids))));
        firedRules = Collections.unmodifiableSortedMap(sorted);
    }

    /** True when no case failed and every file could be read; known gaps do not fail a run. */
    public boolean passed() {
        return results.stream().allMatch(r -> r.status() == TestCaseResult.Status.PASSED
                || r.status() == TestCaseResult.Status.KNOWN_GAP);
    }

    public List<TestCaseResult> withStatus(TestCaseResult.Status status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }

    /** The rule ids that fired in this edition, empty if no case was evaluated with it. */
    public Set<String> firedRules(String editionId) {
        return firedRules.getOrDefault(editionId, Set.of());
    }
}

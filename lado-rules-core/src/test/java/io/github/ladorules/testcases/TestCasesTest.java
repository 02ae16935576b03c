package io.github.ladorules.testcases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.ladorules.EditionInfo;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case under {@code test-cases/}, one dynamic test each, named by the case's sentence. Cases in
 * {@code test-cases/known-gaps/} expect what the guidance says where a rule is believed wrong; they are reported as
 * skipped, with the reason, while the rules still differ.
 */
class TestCasesTest {

    @TestFactory
    Stream<DynamicTest> everyTestCase() {
        TestRun run = Corpus.run();
        Set<String> editions = Corpus.engine().editions().stream().map(EditionInfo::id).collect(Collectors.toSet());
        return run.results().stream().map(result -> DynamicTest.dynamicTest(result.name(), result.file().toUri(),
                () -> check(result, editions)));
    }

    @Test
    void theCorpusIsLargeEnoughToMatter() {
        assertThat(Corpus.run().withStatus(TestCaseResult.Status.PASSED)).hasSizeGreaterThanOrEqualTo(120);
    }

    private static void check(TestCaseResult result, Set<String> editions) {
        Path relative = Corpus.testCases().relativize(result.file());
        String folder = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        boolean inKnownGaps = folder.equals(Corpus.KNOWN_GAPS);
        switch (result.status()) {
            case INVALID -> fail(relative + " is not a valid test case:\n  " + String.join("\n  ", result.differences()));
            case KNOWN_GAP -> {
                assertThat(inKnownGaps).as("%s is a known gap, so it belongs in test-cases/%s", relative, Corpus.KNOWN_GAPS)
                        .isTrue();
                Assumptions.abort("known gap: " + result.knownGap() + "\n  still differs: "
                        + String.join("; ", result.differences()));
            }
            case FAILED -> fail(relative + " differs from its expectation:\n  " + String.join("\n  ", result.differences()));
            case ERROR -> fail(relative + " could not be evaluated:\n  " + String.join("\n  ", result.differences()));
            case PASSED -> {
                assertThat(inKnownGaps).as("%s in test-cases/%s needs a knownGap reason", relative, Corpus.KNOWN_GAPS)
                        .isFalse();
                if (editions.contains(folder) && result.edition() != null) {
                    assertThat(result.edition()).as("%s sits in the %s folder", relative, folder).isEqualTo(folder);
                }
            }
        }
    }
}

package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;

/**
 * Coverage-guided fuzzing of the codec and the engine together. The property: every input either evaluates to a
 * decision or is refused with {@link InvalidInputException}; nothing else escapes (no rules error, no deadline, no
 * runtime exception, no out-of-memory), no evaluation takes longer than the deadline, and a decision is whole (one
 * result per adult, each with its reasons, the case's recommendation the strongest of them).
 *
 * <p>Every build replays the corpus in {@code CaseFuzzTestInputs/readAndEvaluate} (each shipped test case's
 * {@code case}, and any input that once failed). The {@code fuzz} execution of this module then fuzzes for
 * {@code lado.fuzz.duration} (45 s); for a longer run see the README.
 */
class CaseFuzzTest {
    private static final LadoEngine ENGINE = LadoEngine.builder().build();

    @FuzzTest(maxDuration = "45s")
    void readAndEvaluate(byte[] input) {
        LadoCase lado;
        try {
            lado = LadoCodec.readCase(input);
        } catch (InvalidInputException refused) {
            assertRefusalIsSafe(refused);
            return;
        }
        long start = System.nanoTime();
        Decision decision;
        try {
            decision = ENGINE.evaluate(lado);
        } catch (InvalidInputException refused) {
            // A schema-valid case the engine still refuses, such as a referral before the first edition.
            assertRefusalIsSafe(refused);
            return;
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LadoEngine.DEFAULT_DEADLINE);
        assertThat(decision.caseRef()).isEqualTo(lado.caseRef());
        assertThat(decision.subjects()).extracting(SubjectDecision::ref)
                .containsExactlyElementsOf(lado.subjects().stream().map(LadoCase.Subject::ref).toList());
        assertThat(decision.subjects()).allSatisfy(s -> assertThat(s.reasons()).isNotEmpty());
        assertThat(decision.recommendation()).isEqualTo(decision.subjects().stream()
                .map(SubjectDecision::recommendation).max(Enum::compareTo).orElseThrow());
    }

    /** A refusal lists at least one problem, each with a field (empty for the document as a whole). */
    private static void assertRefusalIsSafe(InvalidInputException refused) {
        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.field()).isNotNull());
    }
}

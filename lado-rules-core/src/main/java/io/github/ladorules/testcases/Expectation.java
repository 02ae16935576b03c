package io.github.ladorules.testcases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ladorules.ActionCode;
import io.github.ladorules.Recommendation;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a decision should say. Every part is optional (null means "not checked"), so a case states only what it is
 * about; a set is compared exactly.
 *
 * @param recommendation the overall recommendation
 * @param subjects expectations by subject ref; a subject that is not listed is not checked
 * @param caseActions the action codes for the case as a whole
 * @param invalidInput the engine should reject the case, naming exactly these fields (used alone)
 */
public record Expectation(
        @JsonProperty("recommendation") Recommendation recommendation,
        @JsonProperty("subjects") Map<String, SubjectExpectation> subjects,
        @JsonProperty("caseActions") Set<ActionCode> caseActions,
        @JsonProperty("invalidInput") Set<String> invalidInput) {

    public Expectation {
        // Sorted by ref so differences come out in the same order on every run.
        subjects = subjects == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(subjects));
        caseActions = caseActions == null ? null : Set.copyOf(caseActions);
        invalidInput = invalidInput == null ? null : Set.copyOf(invalidInput);
    }

    public boolean expectsRejection() {
        return invalidInput != null;
    }
}

package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.LadoCase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The search answers a fact by replacing one record in place; the oracle answers it by editing the case written as
 * JSON and reading it back. For every unknown fact and every value the search may try for it, both must give the
 * same case.
 */
class AnsweredCaseTest {
    @Test
    void answeringInPlaceGivesTheCaseTheJsonWouldGive() {
        int answers = 0;
        for (LadoCase lado : new GeneratedCases(11L, LocalDate.of(2014, 9, 1), LocalDate.of(2026, 12, 31))
                .valid(300, 3, 5)) {
            JsonNode document = Json.JSON.valueToTree(lado);
            for (UnknownFacts.Unknown unknown : UnknownFacts.of(lado)) {
                for (JsonNode value : unknown.trials()) {
                    assertThat(AnsweredCase.answer(lado, unknown.path(), unknown.property(), value))
                            .as("case %s, %s.%s = %s", lado.caseRef(), unknown.path(), unknown.property(), value)
                            .isEqualTo(unknown.answered(document, value))
                            .isNotEqualTo(lado);
                    answers++;
                }
            }
        }
        assertThat(answers).as("answers tried").isGreaterThan(1_000);
    }
}

package io.github.ladorules.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.Decision;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.SchemaValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every decision the test-case corpus produces validates against the published {@code lado-decision/1} schema. */
class CorpusDecisionSchemaTest {
    private static final SchemaValidator DECISION = SchemaValidator.load("/lado-rules/schemas/lado-decision-1.schema.json");

    @Test
    void everyDecisionInTheCorpusValidatesAgainstTheDecisionSchema() throws IOException {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Path file : TestCaseRunner.files(Corpus.testCases())) {
            TestCase testCase;
            try {
                testCase = TestCaseReader.read(file);
            } catch (InvalidTestCaseException e) {
                continue; // reported by TestCasesTest
            }
            if (testCase.expect().expectsRejection()) {
                continue;
            }
            Decision decision = testCase.pinned() ? Corpus.engine().evaluate(testCase.lado(), testCase.edition())
                    : Corpus.engine().evaluate(testCase.lado());
            var problems = DECISION.problems(Json.JSON.readTree(LadoCodec.toJson(decision)));
            if (!problems.isEmpty()) {
                failures.add(Corpus.testCases().relativize(file) + ": " + problems);
            }
            checked++;
        }
        assertThat(failures).isEmpty();
        assertThat(checked).isGreaterThanOrEqualTo(200);
    }
}

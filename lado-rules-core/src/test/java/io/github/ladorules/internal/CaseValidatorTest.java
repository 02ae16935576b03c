package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCodec;
import org.junit.jupiter.api.Test;

/** The messages a host developer or officer sees for a bad case: the field path, then what was expected. */
class CaseValidatorTest {
    private static final String CASE = """
            schema: lado-case/1
            caseRef: T-1
            referralDate: 2023-05-05
            subjects:
              - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED}
            children:
              - {ref: C1, ageAtIncident: 9}
            concerns:
              - {subject: A, children: [C1], indicator: PHY_ASSAULT, context: AT_WORK}
            """;

    @Test
    void anUnknownFieldIsNamedByItsPathWithTheFieldsAllowedThere() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.replace("ageAtIncident", "age")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("children[0].age: is not a field here; allowed fields are [ref, ageAtIncident, "
                        + "disabledOrSend, lookedAfter]");
    }

    @Test
    void anUnknownValueListsTheAllowedOnes() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.replace("context: AT_WORK", "context: AT_HOME")))
                .hasMessage("concerns[0].context: is \"AT_HOME\"; allowed values are [AT_WORK, OUTSIDE_WORK, ONLINE]");
    }

    @Test
    void badDatesAndReferencesSayWhatWasExpected() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.replace("2023-05-05", "2023-02-30")))
                .hasMessage("referralDate: is \"2023-02-30\"; expected a real date as yyyy-mm-dd");
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.replace("caseRef: T-1", "caseRef: Jo Bloggs")))
                .hasMessage("caseRef: is \"Jo Bloggs\"; expected letters, digits, '.', '_' or '-' (at most 40), an "
                        + "opaque reference, never a name");
    }
}

package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input is rejected whole, with every problem naming its field and what was expected. */
class CaseValidationTest {
    private static final String VALID = """
            schema: lado-case/1
            caseRef: V-1
            referralDate: 2023-03-14
            subjects:
              - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true}
            children:
              - {ref: C1, ageAtIncident: 9}
            concerns:
              - {subject: A, children: [C1], indicator: PHY_ASSAULT, context: AT_WORK, incidentDate: 2023-03-13}
            """;

    private static List<InvalidInputException.Problem> problems(String yaml) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> LadoCodec.readCase(yaml));
        assertThat(e).as("the case should have been rejected").isNotNull();
        return e.problems();
    }

    @Test
    void aValidCaseIsReadWithUnknownsAsNull() {
        LadoCase lado = LadoCodec.readCase(VALID);
        assertThat(lado.subjects().get(0).currentlyInRole()).isNull();
        assertThat(lado.concerns().get(0).injury()).isNull();
        assertThat(lado.circumstances()).isEqualTo(LadoCase.Circumstances.UNKNOWN);
    }

    @Test
    void anUnknownFieldIsNamedWithTheAllowedFields() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("worksWithChildren: true}",
                "worksWithChildren: true, name: Jane}"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("subjects[0].name");
            assertThat(x.message()).contains("not a field").contains("worksWithChildren");
        });
    }

    @Test
    void aBadEnumValueIsNamedWithTheAllowedValues() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("role: TEACHER", "role: HEADMASTER"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("subjects[0].role");
            // A value shaped like a code may be quoted (it is no case content); the allowed values are listed.
            assertThat(x.message()).contains("\"HEADMASTER\"").contains("TEACHER").contains("SUPPLY_TEACHER");
        });
    }

    @Test
    void anUnknownIndicatorIsNamedWithTheMatrixCodes() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("indicator: PHY_ASSAULT", "indicator: SHOUTING"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("concerns[0].indicator");
            assertThat(x.message()).contains("PHY_ASSAULT").contains("TR_ONLINE_CONDUCT");
        });
    }

    @Test
    void anImpossibleDateIsRejected() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("referralDate: 2023-03-14",
                "referralDate: 2023-02-30"));
        assertThat(p).extracting(InvalidInputException.Problem::field).contains("referralDate");
        assertThat(p.get(0).message()).contains("yyyy-mm-dd");
    }

    @Test
    void aConcernAboutAnUnknownSubjectIsADanglingReference() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("- {subject: A,", "- {subject: B,"));
        assertThat(p).extracting(InvalidInputException.Problem::field)
                .containsExactlyInAnyOrder("concerns[0].subject", "subjects[0]");
        assertThat(p.get(0).toString()).isEqualTo("concerns[0].subject: is not the ref of any entry in subjects");
    }

    @Test
    void aConcernNamingAnUnknownChildIsADanglingReference() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("children: [C1]", "children: [C2]"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("concerns[0].children[0]");
            assertThat(x.message()).isEqualTo("is not the ref of any entry in children").doesNotContain("C1", "C2");
        });
    }

    @Test
    void emptySubjectsAndConcernsAreRejected() {
        String empty = VALID.replaceAll("(?s)subjects:.*", "subjects: []\nconcerns: []\n");
        assertThat(problems(empty)).extracting(InvalidInputException.Problem::field)
                .contains("subjects", "concerns");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("caseRef: V-1\n", "")
                .replace("engagement: EMPLOYED, ", ""));
        assertThat(p).extracting(InvalidInputException.Problem::field)
                .containsExactlyInAnyOrder("caseRef", "subjects[0].engagement");
        assertThat(p).allSatisfy(x -> assertThat(x.message()).isEqualTo("is required"));
    }

    @Test
    void aWrongTypeIsNamed() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("worksWithChildren: true",
                "worksWithChildren: \"yes\""));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("subjects[0].worksWithChildren"));
    }

    @Test
    void anIncidentAfterTheReferralIsImpossible() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("incidentDate: 2023-03-13",
                "incidentDate: 2023-03-15"));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("concerns[0].incidentDate"));
    }

    @Test
    void aReferenceThatLooksLikeANameIsRejected() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("caseRef: V-1", "caseRef: \"Jane Smith\""));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.field()).isEqualTo("caseRef");
            assertThat(x.message()).contains("never a name");
        });
    }

    @Test
    void duplicateRefsAreRejected() {
        List<InvalidInputException.Problem> p = problems(VALID.replace("  - {ref: C1, ageAtIncident: 9}",
                "  - {ref: C1, ageAtIncident: 9}\n  - {ref: C1, ageAtIncident: 4}"));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("children[1].ref"));
    }

    @Test
    void malformedYamlIsRejectedWithItsLine() {
        List<InvalidInputException.Problem> p = problems("schema: lado-case/1\nsubjects: [\n");
        assertThat(p).singleElement().satisfies(x -> assertThat(x.message()).contains("not valid YAML").contains("line"));
    }

    @Test
    void aCaseBuiltInCodeGetsTheSameChecksAsAFile() {
        LadoCase bad = new LadoCase(LadoCase.SCHEMA, "X", java.time.LocalDate.of(2023, 1, 1), List.of(), List.of(),
                List.of(), null);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> LadoEngine.builder().build().evaluate(bad));
        assertThat(e.problems()).extracting(InvalidInputException.Problem::field).contains("subjects", "concerns");
    }
}

package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.OutcomeValidator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading a lado-outcome/1 input: the schema and the cross-checks reject bad input with the field's path. */
class OutcomeInputTest {
    static final String SPEC_EXAMPLE = """
            schema: lado-outcome/1
            caseRef: HC-2023-0142
            referralDate: 2023-03-14
            subject: {role: TEACHER, dateOfBirth: 1981-07-02}
            allegation: {date: 2023-03-13, sexual: false, madeBy: PUPIL}
            finding: {evidence: DISPROVES, deliberateDeception: true}
            employment: REMAINS
            """;

    @Test
    void the_spec_example_reads_into_the_model_with_unknown_regulated_activity_left_null() {
        OutcomeCase c = LadoCodec.readOutcome(SPEC_EXAMPLE);

        assertThat(c).isEqualTo(new OutcomeCase(OutcomeCase.SCHEMA, "HC-2023-0142", LocalDate.of(2023, 3, 14),
                new OutcomeCase.Subject(Role.TEACHER, LocalDate.of(1981, 7, 2), null),
                new OutcomeCase.Allegation(LocalDate.of(2023, 3, 13), false, MadeBy.PUPIL),
                new OutcomeCase.Finding(Evidence.DISPROVES, true), Employment.REMAINS));
    }

    @Test
    void json_and_yaml_read_the_same() {
        String json = LadoCodec.toJson(LadoCodec.readOutcome(SPEC_EXAMPLE));

        assertThat(LadoCodec.readOutcome(json)).isEqualTo(LadoCodec.readOutcome(SPEC_EXAMPLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the allegation is dated after the referral         | date: 2023-03-13          | date: 2023-03-15          | allegation.date: is after the referral date; an allegation comes before its referral
            the adult was born after the allegation            | dateOfBirth: 1981-07-02   | dateOfBirth: 2023-03-14   | subject.dateOfBirth: is after the allegation date; the adult must have been born by then
            deception is claimed where the evidence proves it  | evidence: DISPROVES       | evidence: PROVES          | finding.deliberateDeception: is true, but the evidence PROVES; deliberate deception can only be found when the evidence disproves the allegation (evidence: DISPROVES)
            an impossible date                                 | date: 2023-03-13          | date: 2023-02-30          | allegation.date: is not a real date as yyyy-mm-dd
            an unknown maker                                   | madeBy: PUPIL             | madeBy: TEACHER           | allegation.madeBy: is not one of the allowed values [PUPIL, PARENT, COLLEAGUE, OTHER]
            an unknown evidence value                          | evidence: DISPROVES       | evidence: UNCLEAR         | finding.evidence: is not one of the allowed values [PROVES, DISPROVES, INSUFFICIENT, NO_BASIS]
            a name added to the subject                        | role: TEACHER,            | role: TEACHER, name: Jo,  | subject.name: is not a field here; allowed fields are [role, dateOfBirth, regulatedActivity]
            the employment left out                            | employment: REMAINS       | remark: none              | employment: is required; remark: is not a field here; allowed fields are [schema, caseRef, referralDate, subject, allegation, finding, employment]
            the wrong schema                                   | schema: lado-outcome/1    | schema: lado-case/1       | schema: must be "lado-outcome/1"
            """)
    void invalid_input_is_rejected_naming_the_field(String what, String find, String replace, String message) {
        String input = SPEC_EXAMPLE.replace(find, replace);
        assertThat(input).as("the test edits the example").isNotEqualTo(SPEC_EXAMPLE);

        assertThatThrownBy(() -> LadoCodec.readOutcome(input)).as(what)
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(message);
    }

    @Test
    void every_problem_is_reported_at_once() {
        String input = SPEC_EXAMPLE.replace("madeBy: PUPIL", "madeBy: HEAD").replace("employment: REMAINS", "");

        assertThatThrownBy(() -> LadoCodec.readOutcome(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field)
                        .containsExactly("allegation.madeBy", "employment"));
    }

    @Test
    void a_record_built_in_code_gets_the_same_checks_as_a_file() {
        OutcomeCase noSubject = new OutcomeCase(OutcomeCase.SCHEMA, "HC-1", LocalDate.of(2023, 3, 14), null,
                new OutcomeCase.Allegation(LocalDate.of(2023, 3, 13), false, MadeBy.PUPIL),
                new OutcomeCase.Finding(Evidence.PROVES, null), Employment.REMAINS);

        assertThatThrownBy(() -> OutcomeValidator.check(noSubject))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("subject: null found, object expected");
    }

    @Test
    void the_schema_allows_exactly_the_values_of_the_java_enums() throws IOException {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream(OutcomeValidator.SCHEMA_RESOURCE)) {
            schema = Json.JSON.readTree(in);
        }
        JsonNode properties = schema.path("properties");

        assertThat(values(properties.at("/subject/properties/role/enum"))).isEqualTo(names(Role.values()));
        assertThat(values(properties.at("/allegation/properties/madeBy/enum"))).isEqualTo(names(MadeBy.values()));
        assertThat(values(properties.at("/finding/properties/evidence/enum"))).isEqualTo(names(Evidence.values()));
        assertThat(values(properties.at("/employment/enum"))).isEqualTo(names(Employment.values()));
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }
}

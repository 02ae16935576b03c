package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCodec;
import org.junit.jupiter.api.Test;

/** Case validation names the field and what was expected, through the schema reader shared with outcome inputs. */
class CaseValidatorTest {
    private static final String CASE = """
            schema: lado-case/1
            caseRef: EX-1
            referralDate: %s
            subjects:
              - {ref: %s, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED}
            concerns:
              - {subject: A, indicator: PHY_ASSAULT, context: AT_WORK, incidentDate: %s}
            """;

    @Test
    void an_impossible_referral_date_is_reported_as_a_date_field() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.formatted("2023-02-30", "A", "2023-02-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("referralDate: is not a real date as yyyy-mm-dd");
    }

    @Test
    void a_nested_impossible_date_is_reported_as_a_date_field_too() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.formatted("2023-03-01", "A", "2023-13-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("concerns[0].incidentDate: is not a real date as yyyy-mm-dd");
    }

    @Test
    void a_name_where_a_reference_belongs_is_refused_as_not_an_opaque_reference() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.formatted("2023-03-01", "Jane Smith", "2023-02-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("subjects[0].ref: must be letters, digits").hasMessageNotContaining("Jane")
                .hasMessageContaining("never a name");
    }

    @Test
    void an_incident_after_the_referral_is_caught_after_the_schema_passes() {
        assertThatThrownBy(() -> LadoCodec.readCase(CASE.formatted("2023-03-01", "A", "2023-03-02")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("concerns[0].incidentDate: is after the referral date; an incident comes before its referral");
    }

    @Test
    void a_field_the_schema_does_not_know_is_refused_with_the_fields_allowed_there() {
        String withName = CASE.formatted("2023-03-01", "A", "2023-02-01")
                .replace("engagement: EMPLOYED}", "engagement: EMPLOYED, name: Jane}");
        assertThatThrownBy(() -> LadoCodec.readCase(withName))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("subjects[0].name: is not a field here; allowed fields are [ref, role, setting,");
    }

    @Test
    void a_missing_field_is_named_with_its_full_path() {
        String noRole = CASE.formatted("2023-03-01", "A", "2023-02-01").replace("role: TEACHER, ", "");
        assertThatThrownBy(() -> LadoCodec.readCase(noRole))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("subjects[0].role: is required");
    }
}

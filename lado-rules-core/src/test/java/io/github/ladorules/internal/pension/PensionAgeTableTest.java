package io.github.ladorules.internal.pension;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The loader refuses a table that would leave a date of birth with no row, or with two. */
class PensionAgeTableTest {

    private static InputStream yaml(String rows) {
        return new ByteArrayInputStream(("groups:\n  - name: test\n    appliesTo: EVERYONE\n    source: test\n    rows:\n"
                + rows).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_gap_between_rows_is_refused() {
        assertThatIllegalStateException().isThrownBy(() -> PensionAgeTable.parse(yaml("""
                      - {bornTo: 1950-01-01, years: 65}
                      - {bornFrom: 1950-01-03, years: 66}
                """))).withMessageContaining("gap or overlap");
    }

    @Test
    void overlapping_rows_are_refused() {
        assertThatIllegalStateException().isThrownBy(() -> PensionAgeTable.parse(yaml("""
                      - {bornTo: 1950-01-05, years: 65}
                      - {bornFrom: 1950-01-03, years: 66}
                """))).withMessageContaining("gap or overlap");
    }

    @Test
    void a_table_that_stops_at_some_date_of_birth_is_refused() {
        assertThatIllegalStateException().isThrownBy(() -> PensionAgeTable.parse(yaml("""
                      - {bornTo: 1950-01-05, years: 65}
                """))).withMessageContaining("last row must have no bornTo");
    }

    @Test
    void a_row_with_both_a_date_and_an_age_is_refused() {
        assertThatIllegalStateException().isThrownBy(() -> PensionAgeTable.parse(yaml("""
                      - {bornTo: 1950-01-05, years: 65, reachedOn: 2015-01-05}
                      - {bornFrom: 1950-01-06, years: 66}
                """))).withMessageContaining("either reachedOn or years");
    }
}

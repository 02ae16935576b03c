package io.github.ladorules.internal.pension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnniversariesTest {

    @ParameterizedTest(name = "{0} + {1} years {2} months = {3}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2013-03-13 | 10 | 0 | 2023-03-13 | an ordinary date
            1960-07-31 | 66 | 4 | 2026-11-30 | months from the 31st end on the last day of a shorter month
            1960-12-31 | 66 | 9 | 2027-09-30 | the same in September
            2024-02-29 | 10 | 0 | 2034-03-01 | from 29 February into a year without one: 1 March
            1964-02-29 | 67 | 0 | 2031-03-01 | a 29 February birthday in a common year: 1 March
            1980-02-29 | 68 | 0 | 2048-02-29 | a 29 February birthday in a leap year stays on 29 February
            2032-02-29 | 68 | 0 | 2100-03-01 | 2100 is not a leap year
            2020-02-28 | 1  | 0 | 2021-02-28 | 28 February is never moved
            """)
    void a_period_ends_on_the_expected_day(LocalDate start, int years, int months, LocalDate end, String why) {
        assertThat(Anniversaries.after(start, years, months)).as(why).isEqualTo(end);
    }

    @Test
    void a_negative_period_is_refused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Anniversaries.after(LocalDate.of(2020, 1, 1), -1, 0));
    }
}

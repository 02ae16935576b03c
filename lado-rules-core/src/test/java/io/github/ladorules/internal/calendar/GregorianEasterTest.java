package io.github.ladorules.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GregorianEasterTest {

    @ParameterizedTest(name = "Easter {0}")
    @CsvSource(delimiter = '|', textBlock = """
            1818 | 1818-03-22 | the earliest possible date
            1981 | 1981-04-19 |
            2000 | 2000-04-23 |
            2008 | 2008-03-23 |
            2011 | 2011-04-24 |
            2019 | 2019-04-21 |
            2024 | 2024-03-31 |
            2025 | 2025-04-20 |
            2038 | 2038-04-25 | the latest possible date
            2285 | 2285-03-22 | the earliest possible date again
            """)
    void easter_sunday_matches_the_published_dates(int year, LocalDate easter, String note) {
        assertThat(GregorianEaster.sunday(year)).isEqualTo(easter);
    }

    @Test
    void easter_is_always_a_sunday_between_22_march_and_25_april() {
        for (int year = 1583; year <= 4099; year++) {
            LocalDate easter = GregorianEaster.sunday(year);
            assertThat(easter.getDayOfWeek()).as("%d", year).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(easter).as("%d", year)
                    .isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
        }
    }

    @Test
    void years_before_the_gregorian_calendar_are_refused() {
        assertThatThrownBy(() -> GregorianEaster.sunday(1582)).isInstanceOf(IllegalArgumentException.class);
    }
}

package io.github.ladorules.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The standing rules alone, before one-off changes: how weekend holidays become substitute days. */
class EnglandAndWalesHolidayRulesTest {

    @ParameterizedTest(name = "{0}: 25 December on a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # year | 25 December on | Christmas Day taken                       | Boxing Day taken
            2023   | MONDAY         | 2023-12-25 Christmas Day                  | 2023-12-26 Boxing Day
            2018   | TUESDAY        | 2018-12-25 Christmas Day                  | 2018-12-26 Boxing Day
            2024   | WEDNESDAY      | 2024-12-25 Christmas Day                  | 2024-12-26 Boxing Day
            2025   | THURSDAY       | 2025-12-25 Christmas Day                  | 2025-12-26 Boxing Day
            2020   | FRIDAY         | 2020-12-25 Christmas Day                  | 2020-12-28 Boxing Day (substitute day)
            2021   | SATURDAY       | 2021-12-27 Christmas Day (substitute day) | 2021-12-28 Boxing Day (substitute day)
            2022   | SUNDAY         | 2022-12-27 Christmas Day (substitute day) | 2022-12-26 Boxing Day
            """)
    void christmas_and_boxing_day_move_off_the_weekend_without_colliding(
            int year, DayOfWeek christmasWeekday, String christmas, String boxingDay) {
        assertThat(LocalDate.of(year, Month.DECEMBER, 25).getDayOfWeek()).isEqualTo(christmasWeekday);
        assertThat(EnglandAndWalesHolidayRules.forYear(year))
                .filteredOn(holiday -> holiday.date().getMonth() == Month.DECEMBER)
                .containsExactlyInAnyOrder(holiday(christmas), holiday(boxingDay));
    }

    @ParameterizedTest(name = "{0}: 1 January on a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024 | MONDAY   | 2024-01-01 New Year's Day
            2021 | FRIDAY   | 2021-01-01 New Year's Day
            2022 | SATURDAY | 2022-01-03 New Year's Day (substitute day)
            2023 | SUNDAY   | 2023-01-02 New Year's Day (substitute day)
            """)
    void new_years_day_on_a_weekend_is_taken_on_the_monday(int year, DayOfWeek weekday, String taken) {
        assertThat(LocalDate.of(year, Month.JANUARY, 1).getDayOfWeek()).isEqualTo(weekday);
        assertThat(EnglandAndWalesHolidayRules.forYear(year))
                .filteredOn(holiday -> holiday.date().getMonth() == Month.JANUARY)
                .containsExactly(holiday(taken));
    }

    @Test
    void the_may_and_august_holidays_are_the_first_and_last_mondays() {
        assertThat(EnglandAndWalesHolidayRules.forYear(2026)).contains(
                new BankHoliday(LocalDate.of(2026, 5, 4), "Early May bank holiday"),
                new BankHoliday(LocalDate.of(2026, 5, 25), "Spring bank holiday"),
                new BankHoliday(LocalDate.of(2026, 8, 31), "Summer bank holiday"));
    }

    @Test
    void easter_gives_good_friday_and_easter_monday() {
        assertThat(EnglandAndWalesHolidayRules.forYear(2025)).contains(
                new BankHoliday(LocalDate.of(2025, 4, 18), "Good Friday"),
                new BankHoliday(LocalDate.of(2025, 4, 21), "Easter Monday"));
    }

    @Test
    void the_rules_are_not_applied_before_1978() {
        assertThatThrownBy(() -> EnglandAndWalesHolidayRules.forYear(1977))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1978");
    }

    private static BankHoliday holiday(String dateAndName) {
        return new BankHoliday(LocalDate.parse(dateAndName.substring(0, 10)), dateAndName.substring(11));
    }
}

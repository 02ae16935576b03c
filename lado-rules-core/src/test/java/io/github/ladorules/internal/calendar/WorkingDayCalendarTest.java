package io.github.ladorules.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void the_england_and_wales_calendar_is_built_once_and_shared() {
        assertThat(WorkingDayCalendar.englandAndWales()).isSameAs(calendar);
    }

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-12 | true  | an ordinary Wednesday
            2024-06-15 | false | a Saturday
            2024-06-16 | false | a Sunday
            2023-05-08 | false | the coronation bank holiday
            2021-12-27 | false | Christmas Day 2021 taken on Monday 27
            2021-12-25 | false | Christmas Day 2021 itself, a Saturday
            2020-05-04 | true  | the first Monday in May 2020, whose holiday moved to VE Day
            2022-05-30 | true  | the last Monday in May 2022, whose holiday moved to 2 June
            """)
    void working_days_are_weekdays_that_are_not_bank_holidays(LocalDate day, boolean working, String what) {
        assertThat(calendar.isWorkingDay(day)).as(what).isEqualTo(working);
    }

    @Test
    void a_weekend_day_whose_holiday_moved_to_monday_is_not_itself_a_bank_holiday() {
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(calendar.isBankHoliday(LocalDate.of(2022, 1, 3))).isTrue();
    }

    @Test
    void a_bank_holiday_can_be_looked_up_by_date_with_its_name() {
        assertThat(calendar.bankHolidayOn(LocalDate.of(2022, 9, 19))).contains(new BankHoliday(
                LocalDate.of(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"));
        assertThat(calendar.bankHolidayOn(LocalDate.of(2022, 9, 20))).isEmpty();
    }

    @Test
    void the_years_holidays_cannot_be_changed_by_a_caller() {
        assertThatThrownBy(() -> calendar.bankHolidays(2024).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void every_supported_year_has_between_eight_and_ten_bank_holidays_all_on_weekdays() {
        for (int year = WorkingDayCalendar.FIRST_SUPPORTED_YEAR; year <= WorkingDayCalendar.LAST_SUPPORTED_YEAR; year++) {
            assertThat(calendar.bankHolidays(year)).as("%d", year)
                    .hasSizeBetween(8, 10)
                    .isSorted()
                    .allSatisfy(holiday -> {
                        assertThat(holiday.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5);
                        assertThat(calendar.isWorkingDay(holiday.date())).isFalse();
                    });
        }
    }

    @Test
    void every_day_from_1978_to_2200_is_a_working_day_exactly_when_a_weekday_and_no_bank_holiday() {
        int holidays = 0;
        for (LocalDate day = LocalDate.of(WorkingDayCalendar.FIRST_SUPPORTED_YEAR, 1, 1);
             day.getYear() <= WorkingDayCalendar.LAST_SUPPORTED_YEAR; day = day.plusDays(1)) {
            boolean weekday = day.getDayOfWeek().getValue() <= 5;
            boolean holiday = calendar.bankHolidayOn(day).isPresent();
            assertThat(calendar.isWorkingDay(day)).as("%s", day).isEqualTo(weekday && !holiday);
            holidays += holiday ? 1 : 0;
        }
        assertThat(holidays).isGreaterThan(8 * (WorkingDayCalendar.LAST_SUPPORTED_YEAR
                - WorkingDayCalendar.FIRST_SUPPORTED_YEAR));
    }

    @Test
    void a_negative_number_of_working_days_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 6, 12), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("zero or more")
                .hasMessageContaining("-1");
    }

    @Test
    void years_before_1978_are_refused_with_a_clear_message() {
        LocalDate before = LocalDate.of(1977, 12, 30);
        assertThatThrownBy(() -> calendar.addWorkingDays(before, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1977-12-30")
                .hasMessageContaining("1978 to 2200");
        assertThatThrownBy(() -> calendar.isWorkingDay(before)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.isBankHoliday(before)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.bankHolidays(1977))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1977")
                .hasMessageContaining("before 1978");
    }

    @Test
    void years_after_2200_are_refused_with_a_clear_message() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2201, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1978 to 2200");
        assertThatThrownBy(() -> calendar.bankHolidays(2201)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_due_date_that_would_fall_after_2200_is_refused_rather_than_guessed() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2200, 12, 31), 0)).isEqualTo(LocalDate.of(2200, 12, 31));
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2200, 12, 31), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("after 2200");
    }

    @Test
    void the_first_and_last_supported_years_work() {
        assertThat(calendar.bankHolidays(1978)).extracting(BankHoliday::date)
                .contains(LocalDate.of(1978, 5, 1)); // the first early May bank holiday
        assertThat(calendar.addWorkingDays(LocalDate.of(1978, 1, 1), 1)).isEqualTo(LocalDate.of(1978, 1, 3));
        assertThat(calendar.bankHolidays(2200)).hasSize(8);
    }
}

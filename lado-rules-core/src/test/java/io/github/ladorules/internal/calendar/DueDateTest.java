package io.github.ladorules.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Within N working days of D" means due on the Nth working day after D; D itself never counts. */
class DueDateTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void a_referral_on_friday_5_may_2023_is_due_one_working_day_later_on_tuesday_because_of_the_coronation() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2023, 5, 5), 1)).isEqualTo(LocalDate.of(2023, 5, 9));
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # referral | working days | due        | why
            2024-06-10 | 1            | 2024-06-11 | an ordinary week: the next day
            2024-06-10 | 5            | 2024-06-17 | an ordinary week: Monday to the following Monday
            2024-06-14 | 1            | 2024-06-17 | a Friday referral skips the weekend
            2024-06-15 | 1            | 2024-06-17 | a Saturday referral: the day itself never counts
            2023-05-08 | 1            | 2023-05-09 | a referral on a bank holiday: the day itself never counts
            2023-05-05 | 5            | 2023-05-15 | the coronation holiday on Monday 8 May 2023 is skipped
            2023-05-06 | 1            | 2023-05-09 | a Saturday referral in coronation week
            2023-04-06 | 1            | 2023-04-11 | Maundy Thursday 2023: Good Friday and Easter Monday are skipped
            2023-04-06 | 5            | 2023-04-17 | Maundy Thursday 2023, five days
            2024-03-28 | 1            | 2024-04-02 | Maundy Thursday 2024: Easter straddles March and April
            2024-03-28 | 5            | 2024-04-08 | Maundy Thursday 2024, five days
            2024-03-29 | 1            | 2024-04-02 | a referral on Good Friday itself
            2020-12-24 | 1            | 2020-12-29 | Christmas 2020 on a Friday: Boxing Day taken on Monday 28
            2020-12-24 | 5            | 2021-01-05 | Christmas 2020 then New Year's Day on Friday 1 January 2021
            2021-12-24 | 1            | 2021-12-29 | Christmas 2021 on a Saturday: Monday 27 and Tuesday 28 are holidays
            2021-12-24 | 5            | 2022-01-05 | then New Year's Day 2022 (a Saturday) taken on Monday 3 January
            2022-12-23 | 1            | 2022-12-28 | Christmas 2022 on a Sunday: Boxing Day Monday 26, Christmas Tuesday 27
            2022-12-23 | 5            | 2023-01-04 | then New Year's Day 2023 (a Sunday) taken on Monday 2 January
            2022-12-25 | 1            | 2022-12-28 | a referral on Christmas Day itself
            1995-04-28 | 1            | 1995-05-01 | 1995: Monday 1 May was a working day, the holiday moved to VE Day
            1995-05-05 | 1            | 1995-05-09 | 1995: the early May holiday on Monday 8 May (VE Day 50th)
            1995-05-05 | 5            | 1995-05-15 | 1995: VE Day week, five days
            1999-12-24 | 1            | 1999-12-29 | 1999: Christmas on a Saturday, Monday 27 and Tuesday 28 are holidays
            1999-12-24 | 5            | 2000-01-06 | 1999: the millennium holiday on Friday 31 December and New Year on Monday 3 January
            1999-12-30 | 1            | 2000-01-04 | 1999: the millennium holiday then the New Year substitute day
            2002-05-24 | 1            | 2002-05-27 | 2002: Monday 27 May was a working day, the spring holiday moved to June
            2002-05-31 | 1            | 2002-06-05 | 2002: Golden Jubilee Monday 3 June and spring holiday Tuesday 4 June
            2002-05-31 | 5            | 2002-06-11 | 2002: Golden Jubilee week, five days
            2011-04-28 | 1            | 2011-05-03 | 2011: royal wedding Friday 29 April, then early May Monday 2 May
            2011-04-28 | 5            | 2011-05-09 | 2011: royal wedding week, five days
            2012-05-25 | 1            | 2012-05-28 | 2012: Monday 28 May was a working day, the spring holiday moved to June
            2012-06-01 | 1            | 2012-06-06 | 2012: spring holiday Monday 4 June and Diamond Jubilee Tuesday 5 June
            2012-06-01 | 5            | 2012-06-12 | 2012: Diamond Jubilee week, five days
            2020-05-01 | 1            | 2020-05-04 | 2020: Monday 4 May was a working day, the holiday moved to VE Day
            2020-05-07 | 1            | 2020-05-11 | 2020: the early May holiday on Friday 8 May (VE Day 75th)
            2020-05-07 | 5            | 2020-05-15 | 2020: VE Day week, five days
            2022-05-27 | 1            | 2022-05-30 | 2022: Monday 30 May was a working day, the spring holiday moved to June
            2022-06-01 | 1            | 2022-06-06 | 2022: spring holiday Thursday 2 June and Platinum Jubilee Friday 3 June
            2022-06-01 | 5            | 2022-06-10 | 2022: Platinum Jubilee week, five days
            2022-09-16 | 1            | 2022-09-20 | 2022: the Queen's state funeral on Monday 19 September
            2022-09-16 | 5            | 2022-09-26 | 2022: state funeral week, five days
            1981-07-28 | 1            | 1981-07-30 | 1981: the royal wedding on Wednesday 29 July
            """)
    void due_dates_skip_weekends_and_bank_holidays(LocalDate referral, int workingDays, LocalDate due, String why) {
        assertThat(calendar.addWorkingDays(referral, workingDays)).as(why).isEqualTo(due);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            2024-06-12 | a working day
            2023-05-07 | a Sunday
            2023-05-08 | a bank holiday
            """)
    void zero_working_days_is_the_day_itself_whatever_kind_of_day_it_is(LocalDate day, String kind) {
        assertThat(calendar.addWorkingDays(day, 0)).isEqualTo(day);
    }

    @Test
    void a_due_date_is_always_a_working_day_when_at_least_one_day_is_allowed() {
        LocalDate day = LocalDate.of(2019, 12, 1);
        for (int i = 0; i < 1_500; i++, day = day.plusDays(1)) {
            for (int n = 1; n <= 5; n++) {
                LocalDate due = calendar.addWorkingDays(day, n);
                assertThat(calendar.isWorkingDay(due)).as("%s + %d = %s", day, n, due).isTrue();
                assertThat(due).isAfter(day);
            }
        }
    }
}

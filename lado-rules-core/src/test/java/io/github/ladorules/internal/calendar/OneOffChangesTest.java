package io.github.ladorules.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-off changes are data; a mistake in the data must stop the calendar loading, not skew a due date. */
class OneOffChangesTest {

    @Test
    void the_shipped_file_lists_every_known_change_since_1978_each_with_a_source() {
        List<OneOffChange> changes = OneOffChanges.shipped();

        assertThat(changes).extracting(OneOffChange::date).containsExactly(
                date("1981-07-29"), date("1995-05-08"), date("1999-12-31"), date("2002-06-03"),
                date("2002-06-04"), date("2011-04-29"), date("2012-06-04"), date("2012-06-05"),
                date("2020-05-08"), date("2022-06-02"), date("2022-06-03"), date("2022-09-19"),
                date("2023-05-08"));
        assertThat(changes).allSatisfy(change -> assertThat(change.source()).isNotBlank());
    }

    @Test
    void moved_holidays_name_the_date_they_replace() {
        assertThat(OneOffChanges.shipped()).filteredOn(OneOffChange::isMove)
                .extracting(OneOffChange::date, OneOffChange::replaces)
                .containsExactly(
                        tuple(date("1995-05-08"), date("1995-05-01")),
                        tuple(date("2002-06-04"), date("2002-05-27")),
                        tuple(date("2012-06-04"), date("2012-05-28")),
                        tuple(date("2020-05-08"), date("2020-05-04")),
                        tuple(date("2022-06-02"), date("2022-05-30")));
    }

    @Test
    void a_misspelt_key_is_refused_rather_than_read_as_an_extra_holiday() {
        String yaml = """
                changes:
                  - date: 2020-05-08
                    replace: 2020-05-04
                    name: VE Day
                    source: test
                """;
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("replace");
    }

    @Test
    void a_change_without_a_source_is_refused() {
        String yaml = """
                changes:
                  - date: 2030-06-03
                    name: Some celebration
                """;
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a source");
    }

    @Test
    void a_move_from_a_date_the_rules_do_not_give_is_refused() {
        OneOffChange wrong = new OneOffChange(date("2020-05-08"), "VE Day", date("2020-05-11"), "test");
        assertThatThrownBy(() -> WorkingDayCalendar.withChanges(List.of(wrong)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2020-05-11")
                .hasMessageContaining("no holiday on that date");
    }

    @Test
    void an_extra_holiday_on_an_existing_holiday_is_refused() {
        OneOffChange clash = new OneOffChange(date("2024-12-25"), "Extra", null, "test");
        assertThatThrownBy(() -> WorkingDayCalendar.withChanges(List.of(clash)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already a bank holiday");
    }

    @Test
    void an_extra_holiday_on_a_weekend_is_refused() {
        OneOffChange saturday = new OneOffChange(date("2024-06-15"), "Extra", null, "test");
        assertThatThrownBy(() -> WorkingDayCalendar.withChanges(List.of(saturday)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("weekend");
    }

    @Test
    void a_move_across_years_is_refused() {
        assertThatThrownBy(() -> new OneOffChange(date("2031-01-02"), "Moved", date("2030-12-26"), "test"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("another year");
    }

    @Test
    void a_new_proclamation_only_needs_a_data_entry() {
        OneOffChange extra = new OneOffChange(date("2030-06-03"), "Some celebration", null, "test");
        WorkingDayCalendar calendar = WorkingDayCalendar.withChanges(List.of(extra));

        assertThat(calendar.isBankHoliday(date("2030-06-03"))).isTrue();
        assertThat(calendar.addWorkingDays(date("2030-05-31"), 1)).isEqualTo(date("2030-06-04"));
        assertThat(WorkingDayCalendar.englandAndWales().isBankHoliday(date("2030-06-03"))).isFalse();
    }

    private static List<OneOffChange> parse(String yaml) {
        return OneOffChanges.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}

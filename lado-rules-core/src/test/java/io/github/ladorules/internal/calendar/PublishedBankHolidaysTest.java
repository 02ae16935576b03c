package io.github.ladorules.internal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The calendar against a table of England and Wales bank holidays written out from published sources
 * (see the comment at the top of the CSV), year by year.
 */
class PublishedBankHolidaysTest {

    private static final String TABLE = "bank-holidays-england-wales-1995-2030.csv";
    private static final Map<Integer, List<BankHoliday>> PUBLISHED = readTable();

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    static IntStream years() {
        return IntStream.rangeClosed(1995, 2030);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("years")
    void the_bank_holidays_of_each_year_are_exactly_the_published_ones(int year) {
        assertThat(calendar.bankHolidays(year))
                .as("bank holidays of %d", year)
                .containsExactlyElementsOf(PUBLISHED.get(year));
    }

    @Test
    void the_published_table_covers_every_year_from_1995_to_2030() {
        assertThat(PUBLISHED.keySet()).containsExactlyElementsOf(years().boxed().toList());
        assertThat(PUBLISHED.values().stream().mapToInt(List::size).sum()).isEqualTo(295);
    }

    @Test
    void every_published_bank_holiday_is_a_weekday() {
        assertThat(PUBLISHED.values().stream().flatMap(List::stream))
                .allSatisfy(holiday -> assertThat(holiday.date().getDayOfWeek().getValue()).isLessThanOrEqualTo(5));
    }

    private static Map<Integer, List<BankHoliday>> readTable() {
        try (InputStream in = PublishedBankHolidaysTest.class.getResourceAsStream(TABLE)) {
            assertThat(in).as("test resource " + TABLE).isNotNull();
            List<BankHoliday> rows = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.equals("date,name"))
                    .map(PublishedBankHolidaysTest::row)
                    .toList();
            return rows.stream().collect(Collectors.groupingBy(
                    holiday -> holiday.date().getYear(), TreeMap::new, Collectors.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BankHoliday row(String line) {
        int comma = line.indexOf(',');
        return new BankHoliday(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1));
    }
}

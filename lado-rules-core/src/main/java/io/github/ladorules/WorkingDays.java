package io.github.ladorules;

import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.time.LocalDate;

/**
 * The England and Wales working-day calendar the engine uses for due dates, for hosts and reports that measure
 * timeliness the same way: Monday to Friday, less bank holidays (substitute days and one-off holidays included).
 * Supported years are 1978 to 2200; stateless and thread-safe.
 */
public final class WorkingDays {
    private WorkingDays() {
    }

    /**
     * The last day that is still "within {@code n} working days of {@code from}": the {@code n}th working day after
     * it ({@code from} itself never counts).
     *
     * @throws IllegalArgumentException if {@code n} is negative or a date falls outside the supported years
     */
    public static LocalDate dueDate(LocalDate from, int n) {
        return WorkingDayCalendar.englandAndWales().addWorkingDays(from, n);
    }

    /**
     * Whether the day is a working day in England and Wales.
     *
     * @throws IllegalArgumentException if the date falls outside the supported years
     */
    public static boolean isWorkingDay(LocalDate date) {
        return WorkingDayCalendar.englandAndWales().isWorkingDay(date);
    }
}

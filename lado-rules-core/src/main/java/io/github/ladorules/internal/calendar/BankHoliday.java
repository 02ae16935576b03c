package io.github.ladorules.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday as it is actually taken: the date people have off and the name it is known by.
 *
 * <p>A substitute day carries its own date (for example Monday 27 December 2021 for a Christmas Day that
 * fell on a Saturday), so a due-date explanation can name the exact day that was skipped.
 *
 * @param date the day that is not a working day
 * @param name a human-readable name, e.g. {@code "Christmas Day (substitute day)"}
 */
public record BankHoliday(LocalDate date, String name) implements Comparable<BankHoliday> {

    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A bank holiday needs a name (date " + date + ")");
        }
    }

    /** Bank holidays sort by date; two holidays never share a date within one calendar. */
    @Override
    public int compareTo(BankHoliday other) {
        return date.compareTo(other.date);
    }
}

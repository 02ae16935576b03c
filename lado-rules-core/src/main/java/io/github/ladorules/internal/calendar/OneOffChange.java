package io.github.ladorules.internal.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A bank holiday that a proclamation fixed for one year only: either an extra day, or a standing holiday
 * moved to another date.
 *
 * @param date     the day that is a bank holiday
 * @param name     how the day is known, e.g. {@code "Early May bank holiday (VE Day)"}
 * @param replaces for a moved holiday, the date the rules would otherwise give it (which then is an
 *                 ordinary working day); {@code null} for an extra holiday
 * @param source   where the change is recorded (proclamation, Hansard, gov.uk), so it can be checked
 */
public record OneOffChange(LocalDate date, String name, LocalDate replaces, String source) {

    public OneOffChange {
        Objects.requireNonNull(date, "every one-off change needs a date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The one-off change on " + date + " needs a name");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("The one-off change on " + date + " needs a source");
        }
        if (replaces != null && replaces.getYear() != date.getYear()) {
            throw new IllegalArgumentException("The one-off change on " + date
                    + " moves a holiday from another year (" + replaces + "); only moves within a year are supported");
        }
    }

    /** Whether this change moves a standing holiday, rather than adding a day. */
    boolean isMove() {
        return replaces != null;
    }

    BankHoliday holiday() {
        return new BankHoliday(date, name);
    }
}

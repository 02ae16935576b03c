package io.github.ladorules.internal.pension;

import java.time.LocalDate;
import java.time.Month;

/**
 * The day a period measured from a date ends: a birthday at some age, or a number of years from an allegation.
 *
 * <p>Two calendar edges need a rule. A period in months ending in a shorter month ends on that month's last day:
 * DWP's published examples put state pension age for someone born on 31 July 1960 (66 years and 4 months) on
 * 30 November 2026. A whole number of years from 29 February ending in a year without one ends on 1 March. The law
 * of England and Wales does not settle the second (commentators differ between 28 February and 1 March); 1 March is
 * what DWP's own state pension calculator does, and it is the later of the two, so a record kept "until" the date
 * is never dropped a day early.
 */
public final class Anniversaries {
    private Anniversaries() {
    }

    public static LocalDate after(LocalDate start, int years, int months) {
        if (years < 0 || months < 0) {
            throw new IllegalArgumentException("a period must not be negative: " + years + " years, " + months + " months");
        }
        LocalDate end = start.plusMonths(12L * years + months);
        boolean fromLeapDay = start.getMonth() == Month.FEBRUARY && start.getDayOfMonth() == 29;
        boolean clampedToTwentyEighth = end.getMonth() == Month.FEBRUARY && end.getDayOfMonth() == 28;
        return fromLeapDay && clampedToTwentyEighth ? end.plusDays(1) : end;
    }
}

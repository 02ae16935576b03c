package io.github.ladorules.report;

import io.github.ladorules.WorkingDays;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Whether something happened within a number of days, counted as calendar or as England and Wales working days. */
final class Timing {
    private Timing() {
    }

    /** True when {@code happened} is on or before the last day allowed; never when it did not happen. */
    static boolean within(LocalDate start, LocalDate happened, int days, Target.DayCount count) {
        if (start == null || happened == null) {
            return false;
        }
        LocalDate last = count == Target.DayCount.WORKING ? WorkingDays.dueDate(start, days) : start.plusDays(days);
        return !happened.isAfter(last);
    }

    static long days(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}

package io.github.ladorules.internal.calendar;

import java.time.LocalDate;

/**
 * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm
 * (often called the Meeus/Jones/Butcher algorithm).
 *
 * <p>Good Friday and Easter Monday are the only English bank holidays that move with the moon, so this is
 * the one piece of real arithmetic in the calendar. The algorithm is exact for every Gregorian year; the
 * intermediate names follow the published algorithm so it can be checked line by line against it.
 */
final class GregorianEaster {

    private GregorianEaster() {
    }

    /**
     * Returns Easter Sunday of the given Gregorian year.
     *
     * @param year a year from 1583 (the first full Gregorian year) onwards
     * @return the date of Easter Sunday in that year
     * @throws IllegalArgumentException if {@code year} is before 1583
     */
    static LocalDate sunday(int year) {
        if (year < 1583) {
            throw new IllegalArgumentException(
                    "Easter is computed for Gregorian years from 1583 onwards, not " + year);
        }
        int a = year % 19;            // position in the 19-year Metonic cycle
        int b = year / 100;           // century
        int c = year % 100;           // year within the century
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}

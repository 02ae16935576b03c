package io.github.ladorules.internal.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The standing pattern of bank holidays in England and Wales, before any one-off change.
 *
 * <p>Since 1978 every year has had the same eight holidays: New Year's Day, Good Friday, Easter Monday,
 * the early May bank holiday (first Monday in May), the spring bank holiday (last Monday in May), the
 * summer bank holiday (last Monday in August), Christmas Day and Boxing Day. Some come from the Banking and
 * Financial Dealings Act 1971 (Schedule 1), some from common law (Good Friday, Christmas Day) and some from
 * the royal proclamation made every year (New Year's Day since 1974, the early May holiday since 1978, and
 * the substitute days); the source does not change the date, so this class treats them alike.
 *
 * <p>Years before 1978 are refused rather than approximated: the early May holiday did not exist, and before
 * 1971 Whit Monday and the first Monday in August were the holidays, with their own one-off changes.
 * Dates that a proclamation moved or added in a particular year are data, not rules; see
 * {@link OneOffChanges}.
 */
final class EnglandAndWalesHolidayRules {

    /** The first year in which all eight standing holidays existed in their present form. */
    static final int FIRST_YEAR = 1978;

    private EnglandAndWalesHolidayRules() {
    }

    /**
     * Returns the rule-based bank holidays of the year, in date order, each on the day it is taken.
     *
     * @throws IllegalArgumentException if {@code year} is before {@value #FIRST_YEAR}
     */
    static List<BankHoliday> forYear(int year) {
        if (year < FIRST_YEAR) {
            throw new IllegalArgumentException("The England and Wales bank holiday rules are modelled from "
                    + FIRST_YEAR + ", when the early May bank holiday began; " + year + " is earlier");
        }
        LocalDate easter = GregorianEaster.sunday(year);
        List<BankHoliday> holidays = new ArrayList<>();
        holidays.addAll(withSubstitutes(List.of(
                new BankHoliday(LocalDate.of(year, Month.JANUARY, 1), "New Year's Day"))));
        holidays.add(new BankHoliday(easter.minusDays(2), "Good Friday"));
        holidays.add(new BankHoliday(easter.plusDays(1), "Easter Monday"));
        holidays.add(new BankHoliday(firstMonday(year, Month.MAY), "Early May bank holiday"));
        holidays.add(new BankHoliday(lastMonday(year, Month.MAY), "Spring bank holiday"));
        holidays.add(new BankHoliday(lastMonday(year, Month.AUGUST), "Summer bank holiday"));
        holidays.addAll(withSubstitutes(List.of(
                new BankHoliday(LocalDate.of(year, Month.DECEMBER, 25), "Christmas Day"),
                new BankHoliday(LocalDate.of(year, Month.DECEMBER, 26), "Boxing Day"))));
        holidays.sort(null);
        return List.copyOf(holidays);
    }

    /**
     * Moves holidays that fall on a weekend to the next weekday not already a holiday of the group.
     *
     * <p>Holidays that land on a weekday keep their day first, then the weekend ones are placed in order.
     * That single rule gives every case the proclamations produce: Christmas on a Saturday gives Monday 27
     * and Tuesday 28; Christmas on a Sunday leaves Boxing Day on Monday 26 and puts Christmas on Tuesday 27;
     * Boxing Day on a Saturday goes to Monday 28; New Year's Day on a weekend goes to the Monday.
     */
    private static List<BankHoliday> withSubstitutes(List<BankHoliday> group) {
        Set<LocalDate> taken = new HashSet<>();
        for (BankHoliday holiday : group) {
            if (!isWeekend(holiday.date())) {
                taken.add(holiday.date());
            }
        }
        List<BankHoliday> placed = new ArrayList<>();
        for (BankHoliday holiday : group) {
            if (!isWeekend(holiday.date())) {
                placed.add(holiday);
                continue;
            }
            LocalDate day = holiday.date().plusDays(1);
            while (isWeekend(day) || taken.contains(day)) {
                day = day.plusDays(1);
            }
            taken.add(day);
            placed.add(new BankHoliday(day, holiday.name() + " (substitute day)"));
        }
        return placed;
    }

    private static LocalDate firstMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
    }

    private static LocalDate lastMonday(int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}

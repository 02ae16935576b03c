package io.github.ladorules.internal.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every bank holiday of a range of years, worked out once: the standing rules with the one-off changes
 * applied on top.
 *
 * <p>Computing the whole range up front (a few thousand entries) keeps lookups to a map read and makes
 * the table immutable, so one instance can be shared by every thread without locking.
 */
final class BankHolidayTable {

    private final Map<Integer, List<BankHoliday>> byYear;
    private final Map<LocalDate, BankHoliday> byDate;
    /**
     * The same dates as days after the first of the range: counting working days asks of every day it passes, and a
     * bit read is many times cheaper than hashing a date (a due date is worked out for every action of every decision).
     */
    private final BitSet byDay = new BitSet();
    private final long firstDay;

    private BankHolidayTable(int firstYear, Map<Integer, List<BankHoliday>> byYear) {
        this.byYear = Map.copyOf(byYear);
        this.firstDay = LocalDate.of(firstYear, 1, 1).toEpochDay();
        Map<LocalDate, BankHoliday> dates = new HashMap<>();
        byYear.values().forEach(list -> list.forEach(holiday -> {
            dates.put(holiday.date(), holiday);
            byDay.set(Math.toIntExact(holiday.date().toEpochDay() - firstDay));
        }));
        this.byDate = Map.copyOf(dates);
    }

    /**
     * Builds the table for {@code firstYear..lastYear} inclusive.
     *
     * @throws IllegalArgumentException if a change lies outside the range, moves a date that is not a
     *                                  rule-based holiday, lands on a weekend, or collides with another holiday
     */
    static BankHolidayTable build(int firstYear, int lastYear, List<OneOffChange> changes) {
        if (firstYear < EnglandAndWalesHolidayRules.FIRST_YEAR || lastYear < firstYear) {
            throw new IllegalArgumentException("Cannot build a bank holiday table for " + firstYear + "-" + lastYear);
        }
        Map<Integer, List<BankHoliday>> byYear = new HashMap<>();
        for (int year = firstYear; year <= lastYear; year++) {
            byYear.put(year, new ArrayList<>(EnglandAndWalesHolidayRules.forYear(year)));
        }
        // Moves first, then extras: an extra day may legitimately sit on a date a move has just freed.
        changes.stream().filter(OneOffChange::isMove).forEach(change -> apply(change, byYear));
        changes.stream().filter(change -> !change.isMove()).forEach(change -> apply(change, byYear));
        byYear.replaceAll((year, list) -> {
            list.sort(null);
            return List.copyOf(list);
        });
        return new BankHolidayTable(firstYear, byYear);
    }

    private static void apply(OneOffChange change, Map<Integer, List<BankHoliday>> byYear) {
        List<BankHoliday> year = byYear.get(change.date().getYear());
        if (year == null) {
            throw new IllegalArgumentException("The one-off change on " + change.date()
                    + " is outside the years this calendar covers");
        }
        if (EnglandAndWalesHolidayRules.isWeekend(change.date())) {
            throw new IllegalArgumentException("The one-off change on " + change.date()
                    + " falls on a weekend, which is never a working day anyway; check the date");
        }
        if (change.isMove() && !year.removeIf(holiday -> holiday.date().equals(change.replaces()))) {
            throw new IllegalArgumentException("The one-off change on " + change.date() + " replaces "
                    + change.replaces() + ", but the standing rules give no holiday on that date");
        }
        if (year.stream().anyMatch(holiday -> holiday.date().equals(change.date()))) {
            throw new IllegalArgumentException("The one-off change on " + change.date()
                    + " falls on a day that is already a bank holiday");
        }
        year.add(change.holiday());
    }

    /** The year's holidays in date order; the caller has checked the year is in range. */
    List<BankHoliday> year(int year) {
        return byYear.get(year);
    }

    Optional<BankHoliday> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Whether the date is a bank holiday; the caller has checked the year is in range. */
    boolean isHoliday(LocalDate date) {
        return byDay.get(Math.toIntExact(date.toEpochDay() - firstDay));
    }
}

package io.github.ladorules.internal.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Working days in England and Wales: Monday to Friday, except bank holidays.
 *
 * <p>Statutory guidance sets LADO timescales in working days ("within one working day", "within five
 * working days"), so a due date has to skip weekends, the standing bank holidays with their substitute
 * days, and the one-off holidays proclaimed for jubilees, royal weddings, a coronation or a state funeral.
 *
 * <p><b>Supported range.</b> Years {@value #FIRST_SUPPORTED_YEAR} to {@value #LAST_SUPPORTED_YEAR}
 * inclusive. 1978 is the first year with today's pattern of holidays (it added the early May bank
 * holiday); earlier years followed other rules and are refused rather than guessed. Years after the last
 * announced holiday are computed from the standing rules, so a future proclamation needs a data update
 * (see {@code bank-holidays-england-wales.yaml}). Every method throws {@link IllegalArgumentException}
 * for a date or year outside the range.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class WorkingDayCalendar {

    /** The earliest year the calendar answers for. */
    public static final int FIRST_SUPPORTED_YEAR = EnglandAndWalesHolidayRules.FIRST_YEAR;

    /** The latest year the calendar answers for. */
    public static final int LAST_SUPPORTED_YEAR = 2200;

    private final BankHolidayTable holidays;

    private WorkingDayCalendar(BankHolidayTable holidays) {
        this.holidays = holidays;
    }

    /**
     * Holds the shared instance; the JVM builds it once, on first use, with no locking of ours. A failure is
     * kept rather than left to escape the initialiser, so every caller gets the same readable exception
     * instead of an {@link ExceptionInInitializerError} followed by {@link NoClassDefFoundError}s.
     */
    private static final class EnglandAndWales {
        static final WorkingDayCalendar INSTANCE;
        static final RuntimeException FAILURE;

        static {
            WorkingDayCalendar built = null;
            RuntimeException failure = null;
            try {
                built = withChanges(OneOffChanges.shipped());
            } catch (RuntimeException e) {
                failure = e;
            }
            INSTANCE = built;
            FAILURE = failure;
        }
    }

    /**
     * The calendar for England and Wales, built from the standing rules and the shipped list of one-off
     * changes. Built once, on first use, and then shared.
     *
     * @throws IllegalStateException if the shipped data file is missing, malformed or inconsistent
     */
    public static WorkingDayCalendar englandAndWales() {
        if (EnglandAndWales.FAILURE != null) {
            throw new IllegalStateException(
                    "The England and Wales calendar could not be built: " + EnglandAndWales.FAILURE.getMessage(),
                    EnglandAndWales.FAILURE);
        }
        return EnglandAndWales.INSTANCE;
    }

    /** A calendar with the standing rules and the given one-off changes; for tests of the data handling. */
    static WorkingDayCalendar withChanges(List<OneOffChange> changes) {
        try {
            return new WorkingDayCalendar(
                    BankHolidayTable.build(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, List.copyOf(changes)));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The bank holiday changes are inconsistent: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the date is a working day: Monday to Friday and not a bank holiday in England and Wales.
     *
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    public boolean isWorkingDay(LocalDate date) {
        checkSupported(date);
        return !EnglandAndWalesHolidayRules.isWeekend(date) && !holidays.isHoliday(date);
    }

    /**
     * Whether the date is a bank holiday in England and Wales, including substitute days and one-off
     * holidays. A weekend day whose holiday moved to a Monday is not itself a bank holiday.
     *
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    public boolean isBankHoliday(LocalDate date) {
        return bankHolidayOn(date).isPresent();
    }

    /**
     * The bank holiday on the date, if there is one, with its name (useful to explain a due date).
     *
     * @throws IllegalArgumentException if the date is outside the supported years
     */
    public Optional<BankHoliday> bankHolidayOn(LocalDate date) {
        checkSupported(date);
        return holidays.on(date);
    }

    /**
     * The bank holidays of the year in England and Wales, in date order, each on the day it is taken
     * (substitute days included, the weekend days they stand in for not).
     *
     * @return an unmodifiable list
     * @throws IllegalArgumentException if the year is outside the supported range
     */
    public List<BankHoliday> bankHolidays(int year) {
        checkSupported(year);
        return holidays.year(year);
    }

    /**
     * The due date for something that must happen "within {@code n} working days of {@code from}": the
     * {@code n}th working day after {@code from}.
     *
     * <p>{@code from} itself never counts, whether or not it is a working day. So a referral on Friday
     * 5 May 2023 is due one working day later on Tuesday 9 May 2023, because Saturday and Sunday are
     * weekend days and Monday 8 May 2023 was the coronation bank holiday. With {@code n == 0} the answer
     * is {@code from} itself, even on a weekend or holiday.
     *
     * @param from the day the clock starts (for example the day a referral was received)
     * @param n    the number of working days allowed; zero or more
     * @return the last day on which the action is still in time
     * @throws IllegalArgumentException if {@code n} is negative, or {@code from} or the due date falls
     *                                  outside the supported years
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        checkSupported(from);
        if (n < 0) {
            throw new IllegalArgumentException("The number of working days must be zero or more, but was " + n
                    + "; count forward from the start date (counting backwards is not supported)");
        }
        LocalDate day = from;
        for (int remaining = n; remaining > 0; ) {
            day = day.plusDays(1);
            if (day.getYear() > LAST_SUPPORTED_YEAR) {
                throw new IllegalArgumentException(n + " working days after " + from
                        + " falls after " + LAST_SUPPORTED_YEAR + ", the last year this calendar supports");
            }
            if (isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }

    private static void checkSupported(LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (date.getYear() < FIRST_SUPPORTED_YEAR || date.getYear() > LAST_SUPPORTED_YEAR) {
            throw outOfRange("The date " + date, date.getYear());
        }
    }

    private static void checkSupported(int year) {
        if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            throw outOfRange("The year " + year, year);
        }
    }

    private static IllegalArgumentException outOfRange(String what, int year) {
        String why = year < FIRST_SUPPORTED_YEAR
                ? " (bank holidays before 1978 followed different rules and are not modelled)"
                : " (later years are beyond any announced or projected calendar)";
        return new IllegalArgumentException(what + " is outside the years supported by the England and Wales"
                + " working-day calendar, " + FIRST_SUPPORTED_YEAR + " to " + LAST_SUPPORTED_YEAR + why);
    }
}

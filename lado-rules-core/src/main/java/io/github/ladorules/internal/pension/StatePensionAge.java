package io.github.ladorules.internal.pension;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The day a person reaches state pension age in Great Britain, from their date of birth, under the Pensions Acts
 * 1995, 2007, 2011 and 2014 as legislated (the table is data: {@code state-pension-age.yaml}).
 *
 * <p>The rules are the same for men and women born on or after {@link #SAME_FOR_EVERYONE_FROM}. For earlier births
 * women's age was lower (60, rising to 65 between 2010 and 2018) than men's (65). The outcome input deliberately
 * does not record sex, so {@link #reachedOn(LocalDate)} gives the later of the two dates: for those births, men's.
 * It is used to decide how long a record is kept, and the later date is the cautious one: a record is never
 * removed before the guidance allows.
 *
 * <p>Thread-safe; the table is read once, on first use.
 */
public final class StatePensionAge {
    /** The first date of birth for which men and women reach state pension age on the same day. */
    public static final LocalDate SAME_FOR_EVERYONE_FROM = LocalDate.of(1953, 12, 6);

    /** The two sets of rules the Acts distinguish, for earlier births only. */
    public enum Sex {
        MAN("MEN"), WOMAN("WOMEN");

        private final String plural;

        Sex(String plural) {
            this.plural = plural;
        }

        String plural() {
            return plural;
        }
    }

    private StatePensionAge() {
    }

    /** Built on first use; a failure is kept so every caller sees the same readable exception. */
    private static final class Shipped {
        static final PensionAgeTable TABLE;
        static final RuntimeException FAILURE;

        static {
            PensionAgeTable table = null;
            RuntimeException failure = null;
            try {
                table = PensionAgeTable.shipped();
            } catch (RuntimeException e) {
                failure = e;
            }
            TABLE = table;
            FAILURE = failure;
        }
    }

    /** The day a person of this sex born on this date reaches state pension age. */
    public static LocalDate reachedOn(LocalDate dateOfBirth, Sex sex) {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(sex, "sex");
        return table().pensionAgeDate(dateOfBirth, sex);
    }

    /**
     * The day a person born on this date reaches state pension age when their sex is not known: the later of the
     * dates for a man and a woman (they are the same day for births from {@link #SAME_FOR_EVERYONE_FROM}).
     */
    public static LocalDate reachedOn(LocalDate dateOfBirth) {
        LocalDate man = reachedOn(dateOfBirth, Sex.MAN);
        LocalDate woman = reachedOn(dateOfBirth, Sex.WOMAN);
        return man.isAfter(woman) ? man : woman;
    }

    private static PensionAgeTable table() {
        if (Shipped.FAILURE != null) {
            throw new IllegalStateException("the state pension age table could not be loaded: "
                    + Shipped.FAILURE.getMessage(), Shipped.FAILURE);
        }
        return Shipped.TABLE;
    }
}

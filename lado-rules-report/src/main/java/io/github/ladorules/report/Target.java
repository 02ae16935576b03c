package io.github.ladorules.report;

import io.github.ladorules.InvalidInputException;
import java.util.Objects;

/**
 * A local target: at least {@code percent} of the period's referrals should reach {@code measure} within
 * {@code withinDays} days (calendar or working days).
 *
 * @param id a short name the host chooses, shown in the report
 */
public record Target(String id, Measure measure, int withinDays, DayCount days, double percent) {

    /** What a target measures, each over the referrals in the period. */
    public enum Measure {
        /** The initial evaluation meeting, counted from the referral date. */
        INITIAL_EVALUATION_MEETING,
        /** The post-allegation meeting, counted from the referral date. */
        POST_ALLEGATION_MEETING,
        /** The end of LADO involvement (the outcome date, by the period's end), counted from the contact date. */
        CONCLUSION
    }

    /** How days are counted. */
    public enum DayCount {
        CALENDAR, WORKING
    }

    public Target {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(days, "days");
        if (withinDays < 0) {
            throw InvalidInputException.of("report.targets." + id + ".withinDays", "must be zero or more");
        }
        if (percent < 0 || percent > 100) {
            throw InvalidInputException.of("report.targets." + id + ".percent", "must be between 0 and 100");
        }
    }

    /** Plain words: what is wanted, of what. */
    public String description() {
        String what = switch (measure) {
            case INITIAL_EVALUATION_MEETING -> "initial evaluation meeting held";
            case POST_ALLEGATION_MEETING -> "post-allegation meeting held";
            case CONCLUSION -> "LADO involvement concluded";
        };
        String from = measure == Measure.CONCLUSION ? "contact" : "referral";
        return what + " within " + withinDays + " " + days.name().toLowerCase(java.util.Locale.ROOT) + " days of "
                + from + ", for at least " + format(percent) + "% of referrals in the period";
    }

    private static String format(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
    }
}

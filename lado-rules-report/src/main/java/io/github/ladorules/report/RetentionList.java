package io.github.ladorules.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code lado-retention/1} output: for a review date, the records whose retention has ended, those to remove
 * now, and those to keep with the date until which each is kept. It names record refs and is for the retention
 * review only.
 *
 * @param notReviewed valid records without a date of birth or an outcome, which cannot be reviewed
 * @param cannotReview records the outcome rules could not take, each with the fields at fault
 */
public record RetentionList(
        String schema,
        String notice,
        LocalDate on,
        int reviewed,
        int notReviewed,
        int skipped,
        List<RetentionEntry> retentionEnded,
        List<RetentionEntry> removeNow,
        List<RetentionEntry> keep,
        List<Unreviewable> cannotReview) {

    public static final String SCHEMA = "lado-retention/1";
    public static final String NOTICE = "This list names record refs. It is for the service's review of records "
            + "kept on personnel files and must be kept and shared as the case records are. Decision support only: "
            + "the designated officer and the employer decide.";

    public RetentionList {
        retentionEnded = List.copyOf(retentionEnded);
        removeNow = List.copyOf(removeNow);
        keep = List.copyOf(keep);
        cannotReview = List.copyOf(cannotReview);
    }

    /** A record the outcome rules could not take, with the fields at fault (never their values). */
    public record Unreviewable(String recordRef, List<String> fields) {
        public Unreviewable {
            fields = List.copyOf(fields);
        }
    }
}

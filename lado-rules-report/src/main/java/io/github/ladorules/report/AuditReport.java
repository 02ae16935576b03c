package io.github.ladorules.report;

import io.github.ladorules.Reason;
import io.github.ladorules.Recommendation;
import java.util.List;

/**
 * The decision audit: the officer's threshold decision on each audited contact beside what the rules recommend for
 * the case the officer decided on. It names record refs, for the service's audit programme only.
 *
 * @param audited contacts in the period with a threshold decision and the case it was made on
 * @param agreement audited contacts where decision and recommendation agree (MEETS with MEETS_THRESHOLD;
 *        DOES_NOT_MEET with DOES_NOT_MEET_THRESHOLD or NOT_A_LADO_MATTER), of those whose recommendation was not
 *        "may meet"
 * @param mayMeet audited contacts the rules say may meet the threshold: shown apart, neither agreeing nor not
 * @param matrix every pairing of decision and recommendation that occurred, with its count
 * @param disagreements the contacts where they disagree, by record ref, with the rules' reasons
 */
public record AuditReport(
        String notice,
        int audited,
        Share agreement,
        int mayMeet,
        List<Cell> matrix,
        List<Disagreement> disagreements) {

    public static final String NOTICE = "This audit list names record refs. It is for the service's audit of "
            + "threshold decisions and must be kept and shared as the case records are.";

    public AuditReport {
        matrix = List.copyOf(matrix);
        disagreements = List.copyOf(disagreements);
    }

    /** How many audited contacts had this decision and this recommendation. */
    public record Cell(ThresholdDecision decision, Recommendation recommendation, int count) {
    }

    /** One contact where the officer's decision and the rules' recommendation differ. */
    public record Disagreement(String recordRef, ThresholdDecision decision, Recommendation recommendation,
                               String edition, List<Reason> reasons) {
        public Disagreement {
            reasons = List.copyOf(reasons);
        }
    }
}

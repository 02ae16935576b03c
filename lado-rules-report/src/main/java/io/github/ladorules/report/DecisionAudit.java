package io.github.ladorules.report;

import io.github.ladorules.Decision;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.Reason;
import io.github.ladorules.Recommendation;
import io.github.ladorules.SubjectDecision;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-evaluates, with the core engine, the case behind each threshold decision in the period, using the edition in
 * force on the case's own referral date (never today's), and compares. The audit decides nothing itself.
 */
final class DecisionAudit {
    private final LadoEngine engine;
    private final ReportPeriod period;
    private final Map<ThresholdDecision, EnumMap<Recommendation, Integer>> matrix = new EnumMap<>(ThresholdDecision.class);
    private final List<AuditReport.Disagreement> disagreements = new ArrayList<>();
    private int audited;
    private int agreed;
    private int mayMeet;

    DecisionAudit(LadoEngine engine, ReportPeriod period) {
        this.engine = engine;
        this.period = period;
    }

    void accept(LadoRecord r) {
        if (r.decidedCase() == null || r.thresholdDecision() == null || !period.contains(r.contactDate())) {
            return;
        }
        Decision d = engine.evaluate(r.decidedCase());
        Recommendation rec = d.recommendation();
        audited++;
        matrix.computeIfAbsent(r.thresholdDecision(), k -> new EnumMap<>(Recommendation.class)).merge(rec, 1,
                Integer::sum);
        if (rec == Recommendation.MAY_MEET_THRESHOLD) {
            mayMeet++;
        } else if (agrees(r.thresholdDecision(), rec)) {
            agreed++;
        } else {
            disagreements.add(new AuditReport.Disagreement(r.recordRef(), r.thresholdDecision(), rec,
                    d.edition().id(), reasons(d)));
        }
    }

    static boolean agrees(ThresholdDecision decision, Recommendation rec) {
        return decision == ThresholdDecision.MEETS
                ? rec == Recommendation.MEETS_THRESHOLD
                : rec == Recommendation.DOES_NOT_MEET_THRESHOLD || rec == Recommendation.NOT_A_LADO_MATTER;
    }

    /** Every subject's reasons, each rule once, in the order the decision gives them. */
    private static List<Reason> reasons(Decision d) {
        Map<String, Reason> byRule = new LinkedHashMap<>();
        for (SubjectDecision s : d.subjects()) {
            s.reasons().forEach(reason -> byRule.putIfAbsent(reason.rule(), reason));
        }
        return List.copyOf(byRule.values());
    }

    AuditReport report() {
        List<AuditReport.Cell> cells = new ArrayList<>();
        matrix.forEach((decision, recs) -> recs.forEach((rec, n) -> cells.add(new AuditReport.Cell(decision, rec, n))));
        List<AuditReport.Disagreement> sorted = new ArrayList<>(disagreements);
        sorted.sort(Comparator.comparing(AuditReport.Disagreement::recordRef));
        return new AuditReport(AuditReport.NOTICE, audited, Share.of(agreed, audited - mayMeet), mayMeet, cells,
                sorted);
    }
}

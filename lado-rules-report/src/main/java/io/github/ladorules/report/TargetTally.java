package io.github.ladorules.report;

/** Counts one target over the referrals in the period. */
final class TargetTally {
    private final Target target;
    private final ReportPeriod period;
    private int met;
    private int of;

    TargetTally(Target target, ReportPeriod period) {
        this.target = target;
        this.period = period;
    }

    void accept(LadoRecord r) {
        if (!period.contains(r.referralDate())) {
            return;
        }
        of++;
        boolean inTime = switch (target.measure()) {
            case INITIAL_EVALUATION_MEETING -> Timing.within(r.referralDate(), r.initialEvaluationMeetingDate(),
                    target.withinDays(), target.days());
            case POST_ALLEGATION_MEETING -> Timing.within(r.referralDate(), r.postAllegationMeetingDate(),
                    target.withinDays(), target.days());
            case CONCLUSION -> r.outcomeDate() != null && !r.outcomeDate().isAfter(period.to())
                    && Timing.within(r.contactDate(), r.outcomeDate(), target.withinDays(), target.days());
        };
        if (inTime) {
            met++;
        }
    }

    TargetResult result() {
        double percent = Percent.of(met, of);
        // Met is decided on the exact share, so rounding can never turn a miss into a pass.
        boolean reached = of > 0 && met * 100.0 >= target.percent() * of;
        return new TargetResult(target.id(), target.measure(), target.description(), target.percent(), met, of,
                percent, reached, Percent.points(percent, target.percent()));
    }
}

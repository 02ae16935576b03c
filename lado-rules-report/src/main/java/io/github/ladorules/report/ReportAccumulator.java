package io.github.ladorules.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link Report} from records streamed into it, in any order, one at a time; memory stays bounded however
 * many records pass. Not thread-safe: feed it from one thread, then call {@link #report()}.
 */
public final class ReportAccumulator implements RecordSink {
    private final ReportOptions options;
    private final PeriodTally main;
    private final PeriodTally comparison;
    private final List<PeriodTally> quarters = new ArrayList<>();
    private final List<TargetTally> targets = new ArrayList<>();
    private final DecisionAudit audit;
    private final Consumer<RejectedRecord> onReject;
    private int read;
    private int skipped;

    /** An accumulator; {@code onReject} hears of each skipped record as it is met (for printing), and may be null. */
    public ReportAccumulator(ReportOptions options, Consumer<RejectedRecord> onReject) {
        this.options = options;
        this.onReject = onReject;
        this.main = new PeriodTally(options.period(), options.profile());
        this.comparison = options.comparison() == null ? null : new PeriodTally(options.comparison(), options.profile());
        for (ReportPeriod q : Quarters.of(options.period())) {
            quarters.add(new PeriodTally(q, options.profile()));
        }
        options.profile().targets().forEach(t -> targets.add(new TargetTally(t, options.period())));
        this.audit = options.auditEngine() == null ? null : new DecisionAudit(options.auditEngine(), options.period());
    }

    @Override
    public void accept(LadoRecord record) {
        read++;
        main.accept(record);
        if (comparison != null) {
            comparison.accept(record);
        }
        quarters.forEach(q -> q.accept(record));
        targets.forEach(t -> t.accept(record));
        if (audit != null) {
            audit.accept(record);
        }
    }

    @Override
    public void reject(RejectedRecord rejected) {
        skipped++;
        if (onReject != null) {
            onReject.accept(rejected);
        }
    }

    public Report report() {
        List<QuarterFigures> byQuarter = new ArrayList<>();
        for (int i = 0; i < quarters.size(); i++) {
            PeriodTally q = quarters.get(i);
            byQuarter.add(new QuarterFigures("Q" + (i + 1), q.period(), q.contacts(), q.referrals(), q.concluded(),
                    q.initialEvaluationMeetings(), q.postAllegationMeetings()));
        }
        return new Report(Report.SCHEMA, Report.NOTICE, main.figures(), byQuarter,
                targets.stream().map(TargetTally::result).toList(), read, skipped,
                comparison == null ? null : comparison.figures(),
                audit == null ? null : audit.report(),
                FigureDefinitions.of(options.profile()));
    }
}

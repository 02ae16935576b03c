package io.github.ladorules.report;

import java.util.ArrayList;
import java.util.List;

/** A period cut into quarters of three calendar months from its first day; the last may be shorter. */
final class Quarters {
    private Quarters() {
    }

    static List<ReportPeriod> of(ReportPeriod period) {
        List<ReportPeriod> quarters = new ArrayList<>();
        for (int i = 0; ; i++) {
            var from = period.from().plusMonths(3L * i);
            if (from.isAfter(period.to())) {
                return quarters;
            }
            var end = period.from().plusMonths(3L * (i + 1)).minusDays(1);
            quarters.add(new ReportPeriod(from, end.isAfter(period.to()) ? period.to() : end));
        }
    }
}

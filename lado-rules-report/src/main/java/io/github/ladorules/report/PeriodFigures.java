package io.github.ladorules.report;

import java.util.List;

/** Every figure of SPEC section 10 for one period; {@link Report} adds quarters, targets and the comparison. */
public record PeriodFigures(
        ReportPeriod period,
        int contacts,
        int referrals,
        Share contactsToReferrals,
        ThresholdSplit threshold,
        Breakdown byCategory,
        Breakdown bySector,
        Breakdown byReferrer,
        List<KeyCount> outcomes,
        List<KeyCount> employerActions,
        Timeliness timeliness,
        Groups groups) {

    public PeriodFigures {
        outcomes = List.copyOf(outcomes);
        employerActions = List.copyOf(employerActions);
    }
}

package io.github.ladorules.report;

import io.github.ladorules.Outcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts one period's figures as records stream past, following SPEC section 10's table of which records count.
 * Holds counters only (and the distinct group references), so memory does not grow with the number of records.
 */
final class PeriodTally {
    private final ReportPeriod period;
    private final ReportProfile profile;
    private int contacts;
    private int referrals;
    private int meets;
    private int doesNotMeet;
    private int undecided;
    private final Tally<Category> categoryContacts = new Tally<>(Category.class);
    private final Tally<Category> categoryReferrals = new Tally<>(Category.class);
    private final Tally<Sector> sectorContacts = new Tally<>(Sector.class);
    private final Tally<Sector> sectorReferrals = new Tally<>(Sector.class);
    private final Tally<Referrer> referrerContacts = new Tally<>(Referrer.class);
    private final Tally<Referrer> referrerReferrals = new Tally<>(Referrer.class);
    private final Tally<Outcome> outcomes = new Tally<>(Outcome.class);
    private final Tally<EmployerAction> actions = new Tally<>(EmployerAction.class);
    private int concluded;
    private int iemOnTime;
    private int pamOnTime;
    private final int[] bands;
    private int banded;
    private int underOneMonth;
    private int underThreeMonths;
    private final Set<String> groups = new HashSet<>();
    private int groupRecords;

    PeriodTally(ReportPeriod period, ReportProfile profile) {
        this.period = period;
        this.profile = profile;
        this.bands = new int[profile.conclusionBandsDays().size() + 2];
    }

    ReportPeriod period() {
        return period;
    }

    void accept(LadoRecord r) {
        if (period.contains(r.contactDate())) {
            contact(r);
        }
        if (period.contains(r.referralDate())) {
            referral(r);
        }
        if (period.contains(r.outcomeDate())) {
            conclusion(r);
        }
    }

    private void contact(LadoRecord r) {
        contacts++;
        if (r.thresholdDecision() == null) {
            undecided++;
        } else if (r.thresholdDecision() == ThresholdDecision.MEETS) {
            meets++;
        } else {
            doesNotMeet++;
        }
        categoryContacts.add(r.category());
        sectorContacts.add(r.sector());
        referrerContacts.add(r.referrer());
        if (r.groupRef() != null) {
            groups.add(r.groupRef());
            groupRecords++;
        }
    }

    private void referral(LadoRecord r) {
        referrals++;
        categoryReferrals.add(r.category());
        sectorReferrals.add(r.sector());
        referrerReferrals.add(r.referrer());
        if (Timing.within(r.referralDate(), r.initialEvaluationMeetingDate(),
                profile.initialEvaluationMeetingWorkingDays(), Target.DayCount.WORKING)) {
            iemOnTime++;
        }
        if (Timing.within(r.referralDate(), r.postAllegationMeetingDate(), profile.postAllegationMeetingDays(),
                Target.DayCount.CALENDAR)) {
            pamOnTime++;
        }
        LocalDate iem = r.initialEvaluationMeetingDate();
        if (iem != null && !iem.isAfter(period.to())) {
            banded++;
            bands[band(r)]++;
        }
    }

    /** The index of the record's band: the first band it fits, then LONGER, then OPEN at the period's end. */
    private int band(LadoRecord r) {
        if (r.outcomeDate() == null || r.outcomeDate().isAfter(period.to())) {
            return bands.length - 1;
        }
        long days = Timing.days(r.contactDate(), r.outcomeDate());
        List<Integer> limits = profile.conclusionBandsDays();
        for (int i = 0; i < limits.size(); i++) {
            if (days <= limits.get(i)) {
                return i;
            }
        }
        return limits.size();
    }

    private void conclusion(LadoRecord r) {
        concluded++;
        outcomes.add(r.outcome());
        r.employerActions().forEach(actions::add);
        long days = Timing.days(r.contactDate(), r.outcomeDate());
        if (days <= profile.underOneMonthDays()) {
            underOneMonth++;
        }
        if (days <= profile.underThreeMonthsDays()) {
            underThreeMonths++;
        }
    }

    int contacts() {
        return contacts;
    }

    int referrals() {
        return referrals;
    }

    int concluded() {
        return concluded;
    }

    InitialEvaluationMeetings initialEvaluationMeetings() {
        return new InitialEvaluationMeetings(profile.initialEvaluationMeetingWorkingDays(), iemOnTime, referrals,
                Percent.of(iemOnTime, referrals));
    }

    PostAllegationMeetings postAllegationMeetings() {
        return new PostAllegationMeetings(profile.postAllegationMeetingDays(), pamOnTime, referrals,
                Percent.of(pamOnTime, referrals));
    }

    PeriodFigures figures() {
        List<BandCount> bandCounts = new ArrayList<>();
        List<Integer> limits = profile.conclusionBandsDays();
        for (int i = 0; i < bands.length; i++) {
            bandCounts.add(new BandCount(bandName(limits, i), bands[i], Percent.of(bands[i], banded)));
        }
        Completion completion = new Completion(concluded, underOneMonth, underThreeMonths,
                Percent.of(underOneMonth, concluded), Percent.of(underThreeMonths, concluded),
                profile.underOneMonthDays(), profile.underThreeMonthsDays());
        return new PeriodFigures(period, contacts, referrals, Share.of(referrals, contacts),
                new ThresholdSplit(meets, doesNotMeet, undecided),
                new Breakdown(categoryContacts.list(contacts), categoryReferrals.list(referrals)),
                new Breakdown(sectorContacts.list(contacts), sectorReferrals.list(referrals)),
                new Breakdown(referrerContacts.list(contacts), referrerReferrals.list(referrals)),
                outcomes.list(concluded), actions.list(concluded),
                new Timeliness(initialEvaluationMeetings(), postAllegationMeetings(), bandCounts, banded, completion),
                new Groups(groups.size(), groupRecords));
    }

    static String bandName(List<Integer> limits, int i) {
        if (i < limits.size()) {
            return "UP_TO_" + limits.get(i) + "_DAYS";
        }
        return i == limits.size() ? "LONGER" : "OPEN";
    }
}

package io.github.ladorules.report;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What each figure counts and over what, in one place: the JSON's {@code definitions}, and the captions of the
 * Markdown, CSV and HTML tables, all come from here.
 */
final class FigureDefinitions {
    static final String CONTACTS = "contacts";
    static final String REFERRALS = "referrals";
    static final String CONTACTS_TO_REFERRALS = "contactsToReferrals";
    static final String THRESHOLD = "threshold";
    static final String CATEGORY = "byCategory";
    static final String SECTOR = "bySector";
    static final String REFERRER = "byReferrer";
    static final String OUTCOMES = "outcomes";
    static final String EMPLOYER_ACTIONS = "employerActions";
    static final String IEM = "timeliness.initialEvaluationMeeting";
    static final String PAM = "timeliness.postAllegationMeeting";
    static final String TIME_TO_CONCLUSION = "timeliness.timeToConclusion";
    static final String COMPLETION = "timeliness.completion";
    static final String QUARTERS = "byQuarter";
    static final String GROUPS = "groups";
    static final String TARGETS = "targets";
    static final String SKIPPED = "skipped";
    static final String COMPARISON = "comparison";
    static final String AUDIT = "audit";

    private FigureDefinitions() {
    }

    static Map<String, String> of(ReportProfile p) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(CONTACTS, "Records whose contactDate is in the period: each adult in each contact counts once.");
        d.put(REFERRALS, "Records whose referralDate is in the period: contacts that met the threshold and became "
                + "referrals.");
        d.put(CONTACTS_TO_REFERRALS, "Referrals in the period, as a share of contacts in the period.");
        d.put(THRESHOLD, "Contacts in the period by the officer's threshold decision: meets, does not meet, or not "
                + "decided yet.");
        d.put(CATEGORY, "Contacts in the period by main category of concern, as a share of contacts; and referrals "
                + "in the period, as a share of referrals.");
        d.put(SECTOR, "Contacts in the period by the sector the adult worked in, as a share of contacts; and "
                + "referrals in the period, as a share of referrals.");
        d.put(REFERRER, "Contacts in the period by who made contact, as a share of contacts; and referrals in the "
                + "period, as a share of referrals.");
        d.put(OUTCOMES, "Records whose outcomeDate is in the period, by outcome, as a share of those records.");
        d.put(EMPLOYER_ACTIONS, "Employer actions on records whose outcomeDate is in the period, as a share of those "
                + "records; a record may have several actions, so the shares can add up to more than 100%.");
        d.put(IEM, "Referrals in the period whose initial evaluation meeting was held within "
                + p.initialEvaluationMeetingWorkingDays() + " working days of the referral date (England and Wales "
                + "working days), of all referrals in the period; a meeting not held is not on time.");
        d.put(PAM, "Referrals in the period whose post-allegation meeting was held within "
                + p.postAllegationMeetingDays() + " calendar days of the referral date, of all referrals in the "
                + "period; a meeting not held is not on time.");
        d.put(TIME_TO_CONCLUSION, "Referrals in the period that had their initial evaluation meeting by the period's "
                + "end, banded by calendar days from contactDate to outcomeDate (bands " + p.conclusionBandsDays()
                + " days, then longer); OPEN means not concluded by the period's end. Shares are of those referrals.");
        d.put(COMPLETION, "Records whose outcomeDate is in the period, by calendar days from contactDate to "
                + "outcomeDate: under one month is within " + p.underOneMonthDays() + " days, under three months "
                + "within " + p.underThreeMonthsDays() + " days (and includes the first). Shares are of those records.");
        d.put(QUARTERS, "The same counts for each quarter of the period (three calendar months from its first day): "
                + "contacts, referrals and records concluded in the quarter, and meetings on time for the quarter's "
                + "referrals.");
        d.put(GROUPS, "Group allegations among contacts in the period: records sharing a groupRef are one group; "
                + "groups counts the distinct groups and records the adults in them (each also counted as a contact).");
        d.put(TARGETS, "Each local target over the referrals in the period: the share that reached it, whether that "
                + "meets the share wanted, and the difference in percentage points.");
        d.put(SKIPPED, "Records that failed validation and were left out of every figure (each reported with its "
                + "file, line and field).");
        d.put(COMPARISON, "The same figures, counted the same way, for the period compared with (null when none).");
        d.put(AUDIT, "Contacts in the period with a threshold decision and the lado-case/1 it was made on, "
                + "re-evaluated with the rules in force on the case's referral date; agreement is of those the rules "
                + "did not class as may meet.");
        return d;
    }
}

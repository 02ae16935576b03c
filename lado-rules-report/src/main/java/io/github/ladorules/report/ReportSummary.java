package io.github.ladorules.report;

import java.util.List;

/** Plain-text sentences about a report, for an analyst to paste into the annual report; numbers only. */
final class ReportSummary {
    private ReportSummary() {
    }

    /** Records read and skipped, and the period compared with. */
    static String header(Report r) {
        String s = "Records read: " + r.recordsRead() + ". Skipped as invalid: " + r.skipped()
                + " (each was reported with its file, line and field, and is in no figure).";
        if (r.comparison() != null) {
            s += " Compared with " + r.comparison().period() + ".";
        }
        return s;
    }

    /** The headline figures in sentences. */
    static String headline(Report r) {
        PeriodFigures f = r.figures();
        Timeliness t = f.timeliness();
        StringBuilder s = new StringBuilder();
        s.append("From ").append(f.period().from()).append(" to ").append(f.period().to()).append(" the service had ")
                .append(f.contacts()).append(" contacts, of which ").append(f.referrals()).append(" (")
                .append(f.contactsToReferrals().percent()).append("%) became referrals.");
        if (r.comparison() != null) {
            s.append(" In ").append(r.comparison().period()).append(" there were ").append(r.comparison().contacts())
                    .append(" contacts and ").append(r.comparison().referrals()).append(" referrals.");
        }
        s.append(" Initial evaluation meetings were held within ")
                .append(t.initialEvaluationMeeting().withinWorkingDays()).append(" working days for ")
                .append(t.initialEvaluationMeeting().onTime()).append(" of ").append(t.initialEvaluationMeeting().of())
                .append(" referrals (").append(t.initialEvaluationMeeting().percent()).append("%), and post-allegation")
                .append(" meetings within ").append(t.postAllegationMeeting().withinDays()).append(" days for ")
                .append(t.postAllegationMeeting().onTime()).append(" of ").append(t.postAllegationMeeting().of())
                .append(" (").append(t.postAllegationMeeting().percent()).append("%).");
        f.outcomes().stream().filter(k -> k.key().equals("SUBSTANTIATED")).findFirst().ifPresent(k ->
                s.append(" ").append(k.count()).append(" of the ").append(t.completion().of())
                        .append(" allegations concluded in the period were substantiated (").append(k.percent())
                        .append("%)."));
        for (TargetResult target : r.targets()) {
            s.append(" Target: ").append(target.description()).append(": ").append(target.met() ? "met" : "missed")
                    .append(" (").append(target.percent()).append("%, ").append(signed(target.byPoints()))
                    .append(" points).");
        }
        return s.toString();
    }

    /** One table as plain lines: its title, what it counts, then each row as "label: value, value". */
    static String table(Table t) {
        StringBuilder s = new StringBuilder(t.title()).append('\n').append("Counts: ").append(t.counts()).append('\n');
        for (List<Table.Cell> row : t.rows()) {
            s.append("- ").append(row.get(0).text()).append(": ");
            for (int i = 1; i < row.size(); i++) {
                if (!row.get(i).text().isEmpty()) {
                    s.append(i == 1 ? "" : ", ").append(t.columns().get(i)).append(' ').append(row.get(i).text());
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String signed(double points) {
        return (points > 0 ? "+" : "") + points;
    }
}

package io.github.ladorules.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The report as tables, in the order every format prints them. Labels only; every number comes from the report. */
public final class ReportTables {
    private final Report report;
    private final PeriodFigures now;
    private final PeriodFigures before;
    private final Map<String, String> d;

    private ReportTables(Report report) {
        this.report = report;
        this.now = report.figures();
        this.before = report.comparison();
        this.d = report.definitions();
    }

    public static List<Table> of(Report report) {
        return new ReportTables(report).all();
    }

    private List<Table> all() {
        List<Table> tables = new ArrayList<>();
        tables.add(summary());
        tables.add(breakdown("categories", "Categories of concern", FigureDefinitions.CATEGORY, "category",
                PeriodFigures::byCategory));
        tables.add(breakdown("sectors", "Sectors", FigureDefinitions.SECTOR, "sector", PeriodFigures::bySector));
        tables.add(breakdown("referrers", "Who made contact", FigureDefinitions.REFERRER, "referrer",
                PeriodFigures::byReferrer));
        tables.add(keyed("outcomes", "Outcomes", FigureDefinitions.OUTCOMES, "outcome", "/outcomes",
                PeriodFigures::outcomes));
        tables.add(keyed("employer-actions", "Employer actions", FigureDefinitions.EMPLOYER_ACTIONS, "action",
                "/employerActions", PeriodFigures::employerActions));
        tables.add(timeliness());
        tables.add(timeToConclusion());
        tables.add(quarters());
        tables.add(targets());
        if (report.audit() != null) {
            tables.add(auditMatrix());
            tables.add(disagreements());
        }
        return tables;
    }

    private boolean compare() {
        return before != null;
    }

    private Table summary() {
        List<String> columns = new ArrayList<>(List.of("figure", "count", "of", "percent"));
        if (compare()) {
            columns.addAll(List.of("previous count", "previous percent"));
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        rows.add(row(List.of(Table.Cell.text("contacts"), Table.Cell.of(now.contacts(), "/contacts"),
                Table.Cell.text(""), Table.Cell.text("")),
                List.of(cell(before == null ? null : before.contacts(), "/comparison/contacts"), Table.Cell.text(""))));
        rows.add(row(List.of(Table.Cell.text("referrals"), Table.Cell.of(now.referrals(), "/referrals"),
                Table.Cell.of(now.contactsToReferrals().of(), "/contactsToReferrals/of"),
                Table.Cell.of(now.contactsToReferrals().percent(), "/contactsToReferrals/percent")),
                List.of(cell(before == null ? null : before.referrals(), "/comparison/referrals"),
                        cell(before == null ? null : before.contactsToReferrals().percent(),
                                "/comparison/contactsToReferrals/percent"))));
        thresholdRow(rows, "threshold met", "meets", ThresholdSplit::meets);
        thresholdRow(rows, "threshold not met (advice)", "doesNotMeet", ThresholdSplit::doesNotMeet);
        thresholdRow(rows, "not decided yet", "undecided", ThresholdSplit::undecided);
        rows.add(row(List.of(Table.Cell.text("group allegations"), Table.Cell.of(now.groups().groups(), "/groups/groups"),
                Table.Cell.text(""), Table.Cell.text("")),
                List.of(cell(before == null ? null : before.groups().groups(), "/comparison/groups/groups"),
                        Table.Cell.text(""))));
        rows.add(row(List.of(Table.Cell.text("adults in group allegations"),
                Table.Cell.of(now.groups().records(), "/groups/records"), Table.Cell.text(""), Table.Cell.text("")),
                List.of(cell(before == null ? null : before.groups().records(), "/comparison/groups/records"),
                        Table.Cell.text(""))));
        String counts = d.get(FigureDefinitions.CONTACTS) + " " + d.get(FigureDefinitions.REFERRALS) + " "
                + d.get(FigureDefinitions.CONTACTS_TO_REFERRALS) + " " + d.get(FigureDefinitions.THRESHOLD) + " "
                + d.get(FigureDefinitions.GROUPS);
        return new Table("summary", "Contacts and referrals", counts, columns, rows,
                new Table.Chart(List.of(1), true, "records"));
    }

    private void thresholdRow(List<List<Table.Cell>> rows, String label, String field,
                              Function<ThresholdSplit, Integer> value) {
        rows.add(row(List.of(Table.Cell.text(label), Table.Cell.of(value.apply(now.threshold()), "/threshold/" + field),
                Table.Cell.of(now.contacts(), "/contacts"),
                Table.Cell.text(String.valueOf(Percent.of(value.apply(now.threshold()), now.contacts())))),
                List.of(cell(before == null ? null : value.apply(before.threshold()), "/comparison/threshold/" + field),
                        Table.Cell.text(before == null ? "" : String.valueOf(
                                Percent.of(value.apply(before.threshold()), before.contacts()))))));
    }

    private List<Table.Cell> row(List<Table.Cell> current, List<Table.Cell> previous) {
        List<Table.Cell> row = new ArrayList<>(current);
        if (compare()) {
            row.addAll(previous);
        }
        return row;
    }

    private static Table.Cell cell(Object value, String path) {
        return value == null ? Table.Cell.text("") : Table.Cell.of(value, path);
    }

    private Table breakdown(String id, String title, String figure, String keyName,
                            Function<PeriodFigures, Breakdown> get) {
        Breakdown b = get.apply(now);
        String base = "/" + figure;
        List<String> columns = new ArrayList<>(List.of(keyName, "contacts", "% of contacts", "referrals",
                "% of referrals"));
        if (compare()) {
            columns.addAll(List.of("previous contacts", "previous referrals"));
        }
        Set<String> keys = new LinkedHashSet<>();
        b.contacts().forEach(k -> keys.add(k.key()));
        b.referrals().forEach(k -> keys.add(k.key()));
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (String key : keys) {
            List<Table.Cell> row = new ArrayList<>();
            row.add(Table.Cell.text(key));
            addCountAndPercent(row, b.contacts(), key, base + "/contacts");
            addCountAndPercent(row, b.referrals(), key, base + "/referrals");
            if (compare()) {
                Breakdown p = get.apply(before);
                row.add(countOnly(p.contacts(), key, "/comparison" + base + "/contacts"));
                row.add(countOnly(p.referrals(), key, "/comparison" + base + "/referrals"));
            }
            rows.add(row);
        }
        return new Table(id, title, d.get(figure), columns, rows, new Table.Chart(List.of(1, 3), true, "records"));
    }

    private static void addCountAndPercent(List<Table.Cell> row, List<KeyCount> list, String key, String path) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) {
                row.add(Table.Cell.of(list.get(i).count(), path + "/" + i + "/count"));
                row.add(Table.Cell.of(list.get(i).percent(), path + "/" + i + "/percent"));
                return;
            }
        }
        row.add(Table.Cell.text("0"));
        row.add(Table.Cell.text("0.0"));
    }

    private static Table.Cell countOnly(List<KeyCount> list, String key, String path) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) {
                return Table.Cell.of(list.get(i).count(), path + "/" + i + "/count");
            }
        }
        return Table.Cell.text("0");
    }

    private Table keyed(String id, String title, String figure, String keyName, String path,
                        Function<PeriodFigures, List<KeyCount>> get) {
        List<String> columns = new ArrayList<>(List.of(keyName, "count", "percent"));
        if (compare()) {
            columns.add("previous count");
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        List<KeyCount> list = get.apply(now);
        for (int i = 0; i < list.size(); i++) {
            KeyCount k = list.get(i);
            List<Table.Cell> row = new ArrayList<>(List.of(Table.Cell.text(k.key()),
                    Table.Cell.of(k.count(), path + "/" + i + "/count"),
                    Table.Cell.of(k.percent(), path + "/" + i + "/percent")));
            if (compare()) {
                row.add(countOnly(get.apply(before), k.key(), "/comparison" + path));
            }
            rows.add(row);
        }
        return new Table(id, title, d.get(figure), columns, rows, new Table.Chart(List.of(1), true, "records"));
    }

    private Table timeliness() {
        Timeliness t = now.timeliness();
        Timeliness p = before == null ? null : before.timeliness();
        List<String> columns = new ArrayList<>(List.of("measure", "on time", "of", "percent"));
        if (compare()) {
            columns.add("previous percent");
        }
        String iem = "/timeliness/initialEvaluationMeeting";
        String pam = "/timeliness/postAllegationMeeting";
        String done = "/timeliness/completion";
        List<List<Table.Cell>> rows = new ArrayList<>();
        rows.add(row(List.of(Table.Cell.text("initial evaluation meeting within "
                        + t.initialEvaluationMeeting().withinWorkingDays() + " working days"),
                Table.Cell.of(t.initialEvaluationMeeting().onTime(), iem + "/onTime"),
                Table.Cell.of(t.initialEvaluationMeeting().of(), iem + "/of"),
                Table.Cell.of(t.initialEvaluationMeeting().percent(), iem + "/percent")),
                List.of(cell(p == null ? null : p.initialEvaluationMeeting().percent(), "/comparison" + iem + "/percent"))));
        rows.add(row(List.of(Table.Cell.text("post-allegation meeting within "
                        + t.postAllegationMeeting().withinDays() + " days"),
                Table.Cell.of(t.postAllegationMeeting().onTime(), pam + "/onTime"),
                Table.Cell.of(t.postAllegationMeeting().of(), pam + "/of"),
                Table.Cell.of(t.postAllegationMeeting().percent(), pam + "/percent")),
                List.of(cell(p == null ? null : p.postAllegationMeeting().percent(), "/comparison" + pam + "/percent"))));
        rows.add(row(List.of(Table.Cell.text("concluded in under one month (" + t.completion().oneMonthDays()
                        + " days)"),
                Table.Cell.of(t.completion().underOneMonth(), done + "/underOneMonth"),
                Table.Cell.of(t.completion().of(), done + "/of"),
                Table.Cell.of(t.completion().underOneMonthPercent(), done + "/underOneMonthPercent")),
                List.of(cell(p == null ? null : p.completion().underOneMonthPercent(),
                        "/comparison" + done + "/underOneMonthPercent"))));
        rows.add(row(List.of(Table.Cell.text("concluded in under three months (" + t.completion().threeMonthsDays()
                        + " days)"),
                Table.Cell.of(t.completion().underThreeMonths(), done + "/underThreeMonths"),
                Table.Cell.of(t.completion().of(), done + "/of"),
                Table.Cell.of(t.completion().underThreeMonthsPercent(), done + "/underThreeMonthsPercent")),
                List.of(cell(p == null ? null : p.completion().underThreeMonthsPercent(),
                        "/comparison" + done + "/underThreeMonthsPercent"))));
        String counts = d.get(FigureDefinitions.IEM) + " " + d.get(FigureDefinitions.PAM) + " "
                + d.get(FigureDefinitions.COMPLETION);
        return new Table("timeliness", "Meetings and conclusions on time", counts, columns, rows,
                new Table.Chart(List.of(3), true, "percent"));
    }

    private Table timeToConclusion() {
        List<String> columns = new ArrayList<>(List.of("band", "count", "percent"));
        if (compare()) {
            columns.add("previous percent");
        }
        List<List<Table.Cell>> rows = new ArrayList<>();
        List<BandCount> bands = now.timeliness().timeToConclusion();
        for (int i = 0; i < bands.size(); i++) {
            String path = "/timeliness/timeToConclusion/" + i;
            rows.add(row(List.of(Table.Cell.text(bands.get(i).band()), Table.Cell.of(bands.get(i).count(),
                            path + "/count"), Table.Cell.of(bands.get(i).percent(), path + "/percent")),
                    List.of(cell(before == null ? null : before.timeliness().timeToConclusion().get(i).percent(),
                            "/comparison" + path + "/percent"))));
        }
        return new Table("time-to-conclusion", "Time from contact to conclusion (of "
                + now.timeliness().timeToConclusionOf() + " referrals)", d.get(FigureDefinitions.TIME_TO_CONCLUSION),
                columns, rows, new Table.Chart(List.of(2), false, "percent"));
    }

    private Table quarters() {
        List<String> columns = List.of("quarter", "contacts", "referrals", "concluded",
                "initial evaluation meetings on time %", "post-allegation meetings on time %");
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < report.byQuarter().size(); i++) {
            QuarterFigures q = report.byQuarter().get(i);
            String path = "/byQuarter/" + i;
            rows.add(List.of(Table.Cell.text(q.quarter() + " (" + q.period() + ")"),
                    Table.Cell.of(q.contacts(), path + "/contacts"), Table.Cell.of(q.referrals(), path + "/referrals"),
                    Table.Cell.of(q.concluded(), path + "/concluded"),
                    Table.Cell.of(q.initialEvaluationMeeting().percent(), path + "/initialEvaluationMeeting/percent"),
                    Table.Cell.of(q.postAllegationMeeting().percent(), path + "/postAllegationMeeting/percent")));
        }
        return new Table("quarters", "By quarter", d.get(FigureDefinitions.QUARTERS), columns, rows,
                new Table.Chart(List.of(1, 2, 3), false, "records"));
    }

    private Table targets() {
        List<String> columns = List.of("target", "wanted %", "achieved %", "reached", "of", "met",
                "difference (points)");
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < report.targets().size(); i++) {
            TargetResult t = report.targets().get(i);
            String path = "/targets/" + i;
            rows.add(List.of(Table.Cell.text(t.description()), Table.Cell.of(t.target(), path + "/target"),
                    Table.Cell.of(t.percent(), path + "/percent"), Table.Cell.of(t.count(), path + "/count"),
                    Table.Cell.of(t.of(), path + "/of"), Table.Cell.text(t.met() ? "met" : "missed"),
                    Table.Cell.of(t.byPoints(), path + "/byPoints")));
        }
        return new Table("targets", "Timeliness against local targets", d.get(FigureDefinitions.TARGETS), columns,
                rows, new Table.Chart(List.of(1, 2), true, "percent"));
    }

    private Table auditMatrix() {
        AuditReport a = report.audit();
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 0; i < a.matrix().size(); i++) {
            AuditReport.Cell c = a.matrix().get(i);
            rows.add(List.of(Table.Cell.text(c.decision() + " / " + c.recommendation()),
                    Table.Cell.of(c.count(), "/audit/matrix/" + i + "/count")));
        }
        rows.add(List.of(Table.Cell.text("agree (of those not 'may meet')"),
                Table.Cell.of(a.agreement().count(), "/audit/agreement/count")));
        rows.add(List.of(Table.Cell.text("may meet, shown apart"), Table.Cell.of(a.mayMeet(), "/audit/mayMeet")));
        return new Table("audit", "Decision audit: officer's decision / rules' recommendation",
                d.get(FigureDefinitions.AUDIT) + " Agreement: " + a.agreement().count() + " of " + a.agreement().of()
                        + " (" + a.agreement().percent() + "%).",
                List.of("decision / recommendation", "contacts"), rows, new Table.Chart(List.of(1), true, "contacts"));
    }

    private Table disagreements() {
        List<List<Table.Cell>> rows = new ArrayList<>();
        List<AuditReport.Disagreement> list = report.audit().disagreements();
        for (int i = 0; i < list.size(); i++) {
            AuditReport.Disagreement x = list.get(i);
            String path = "/audit/disagreements/" + i;
            StringBuilder reasons = new StringBuilder();
            x.reasons().forEach(r -> reasons.append(reasons.length() == 0 ? "" : "; ").append(r.rule()));
            rows.add(List.of(Table.Cell.of(x.recordRef(), path + "/recordRef"),
                    Table.Cell.of(x.decision(), path + "/decision"),
                    Table.Cell.of(x.recommendation(), path + "/recommendation"),
                    Table.Cell.of(x.edition(), path + "/edition"), Table.Cell.text(reasons.toString())));
        }
        return new Table("audit-disagreements", "Decision audit: disagreements (names record refs)",
                AuditReport.NOTICE + " Each row is a contact where the officer's decision and the rules' "
                        + "recommendation differ, with the rules that gave the recommendation.",
                List.of("record", "decision", "recommendation", "edition", "rules"), rows, null);
    }
}

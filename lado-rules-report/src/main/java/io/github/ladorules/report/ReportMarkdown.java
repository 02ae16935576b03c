package io.github.ladorules.report;

import java.util.List;

/** Writes a report as Markdown tables, each headed by what it counts and over what. */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        PeriodFigures f = report.figures();
        out.append("# LADO service report, ").append(f.period()).append("\n\n");
        out.append(report.notice()).append("\n\n");
        out.append(ReportSummary.header(report)).append("\n\n");
        for (Table t : ReportTables.of(report)) {
            out.append("## ").append(t.title()).append("\n\n");
            out.append("Counts: ").append(t.counts()).append("\n\n");
            table(out, t);
            out.append('\n');
        }
        return out.toString();
    }

    static void table(StringBuilder out, Table t) {
        out.append("| ").append(String.join(" | ", t.columns())).append(" |\n|");
        for (int i = 0; i < t.columns().size(); i++) {
            out.append(i == 0 ? "---|" : "---:|");
        }
        out.append('\n');
        if (t.rows().isEmpty()) {
            out.append("| none |").append(" |".repeat(t.columns().size() - 1)).append('\n');
        }
        for (List<Table.Cell> row : t.rows()) {
            out.append("| ");
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : " | ").append(row.get(i).text().replace("|", "\\|"));
            }
            out.append(" |\n");
        }
    }
}

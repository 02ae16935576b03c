package io.github.ladorules.report;

import java.util.List;

/**
 * Writes a report as one self-contained HTML dashboard: no script, no external file, nothing fetched from the
 * network. Each table has its chart beside it, the numbers in the table (so nothing is only in a picture), and a
 * plain-text summary to paste. Every figure cell carries {@code data-path}, the JSON pointer of that figure in the
 * {@code lado-report/1} JSON.
 */
public final class ReportHtml {
    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1b1b1b;\
            background:#f4f5f7}
            header{background:#1d3557;color:#fff;padding:1.2rem 2rem}
            header h1{margin:0 0 .4rem;font-size:1.5rem}
            header p{margin:.2rem 0;max-width:70rem}
            main{padding:1rem 2rem}
            section{background:#fff;border-radius:6px;padding:1rem 1.4rem;margin:0 0 1.2rem;\
            box-shadow:0 1px 2px rgba(0,0,0,.08)}
            h2{font-size:1.15rem;margin:.2rem 0 .4rem}
            .counts{color:#444;font-size:.9rem;max-width:70rem}
            .pair{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
            figure{margin:0}
            table{border-collapse:collapse;font-size:.9rem}
            th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:right}
            th:first-child,td:first-child{text-align:left}
            th{background:#eef1f5}
            pre{background:#f7f7f7;border:1px solid #ddd;padding:.6rem;white-space:pre-wrap;font-size:.85rem;\
            max-width:70rem}
            """;

    private ReportHtml() {
    }

    public static String write(Report report) {
        StringBuilder out = new StringBuilder();
        String title = "LADO service report, " + report.figures().period();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(esc(title)).append("</h1>\n<p>")
                .append(esc(report.notice())).append("</p>\n<p>").append(esc(ReportSummary.header(report)))
                .append("</p>\n</header>\n<main>\n");
        out.append("<section id=\"summary-text\">\n<h2>Summary</h2>\n<pre class=\"plain\">")
                .append(esc(ReportSummary.headline(report))).append("</pre>\n</section>\n");
        for (Table t : ReportTables.of(report)) {
            section(out, t);
        }
        out.append("</main>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void section(StringBuilder out, Table t) {
        out.append("<section id=\"").append(t.id()).append("\">\n<h2>").append(esc(t.title())).append("</h2>\n")
                .append("<p class=\"counts\">Counts: ").append(esc(t.counts())).append("</p>\n<div class=\"pair\">\n");
        if (t.chart() != null && !t.rows().isEmpty()) {
            out.append("<figure class=\"chart\" role=\"img\" aria-label=\"")
                    .append(esc("Bar chart: " + t.title() + "; the numbers are in the table beside it")).append("\">\n")
                    .append(ChartSvg.draw(t)).append("\n</figure>\n");
        }
        out.append("<table>\n<thead><tr>");
        t.columns().forEach(c -> out.append("<th scope=\"col\">").append(esc(c)).append("</th>"));
        out.append("</tr></thead>\n<tbody>\n");
        if (t.rows().isEmpty()) {
            out.append("<tr><td colspan=\"").append(t.columns().size()).append("\">none</td></tr>\n");
        }
        for (List<Table.Cell> row : t.rows()) {
            out.append("<tr>");
            for (Table.Cell c : row) {
                out.append("<td");
                if (c.path() != null) {
                    out.append(" data-path=\"").append(esc(c.path())).append('"');
                }
                out.append('>').append(esc(c.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n</div>\n<pre class=\"plain\">").append(esc(ReportSummary.table(t)))
                .append("</pre>\n</section>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package io.github.ladorules.cli;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.report.Report;
import io.github.ladorules.report.ReportCsv;
import io.github.ladorules.report.ReportHtml;
import io.github.ladorules.report.ReportJson;
import io.github.ladorules.report.ReportMarkdown;
import io.github.ladorules.report.ReportOptions;
import io.github.ladorules.report.ReportPeriod;
import io.github.ladorules.report.ReportProfile;
import io.github.ladorules.report.Reports;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lado-rules report RECORDS... --from D --to D}: the service's figures for a period. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Count a period's contacts, referrals, categories, sectors, referrers, outcomes, employer "
                + "actions and timeliness from case-system records (lado-record/1: JSON Lines, JSON, YAML or CSV), "
                + "with quarters and local targets. Markdown by default. Bad records are skipped and reported by "
                + "file, line and field.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules report examples/records/dorset-2022-23.jsonl --from 2022-04-01 --to 2023-03-31",
                "  lado-rules report records.csv --from 2023-04-01 --to 2024-03-31 --html dashboard.html",
                "  lado-rules report records.jsonl --from 2023-04-01 --to 2024-03-31 --audit"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ProfileOption profile;

    @Parameters(paramLabel = "RECORDS", arity = "1..*", description = "Record files (.jsonl, .json, .yaml, .csv).")
    List<Path> records;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period (inclusive).")
    LocalDate to;

    @Option(names = "--compare-from", paramLabel = "DATE", description = "First day of a period to compare with.")
    LocalDate compareFrom;

    @Option(names = "--compare-to", paramLabel = "DATE", description = "Last day of the period to compare with.")
    LocalDate compareTo;

    @Option(names = "--json", description = "Print the lado-report/1 JSON instead of Markdown.")
    boolean json;

    @Option(names = "--csv", paramLabel = "DIR", description = "Also write one CSV file per table into DIR.")
    Path csv;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write a self-contained HTML dashboard.")
    Path html;

    @Option(names = "--audit", description = "Re-evaluate the case behind each threshold decision with the rules "
            + "and list disagreements (names record refs).")
    boolean audit;

    @Override
    public Integer call() {
        if ((compareFrom == null) != (compareTo == null)) {
            throw InvalidInputException.of(compareFrom == null ? "--compare-from" : "--compare-to",
                    "is needed: a comparison period takes both --compare-from and --compare-to");
        }
        ReportOptions opts = ReportOptions.of(new ReportPeriod(from, to))
                .withProfile(profile.file == null ? ReportProfile.DEFAULTS : ReportProfile.read(profile.file));
        if (compareFrom != null) {
            opts = opts.withComparison(new ReportPeriod(compareFrom, compareTo));
        }
        if (audit) {
            opts = opts.withAudit(options.engine(profile));
        }
        PrintWriter err = spec.commandLine().getErr();
        RejectedRecords rejected = new RejectedRecords(err);
        Report report = Reports.build(records, opts, rejected);
        rejected.printCount();
        if (csv != null) {
            ReportCsv.write(report, csv);
            err.println("lado-rules: wrote the CSV tables to " + csv);
        }
        if (html != null) {
            write(html, ReportHtml.write(report));
            err.println("lado-rules: wrote the dashboard to " + html);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ReportJson.write(report) : ReportMarkdown.write(report));
        out.flush();
        err.flush();
        return ExitCodes.OK;
    }

    private static void write(Path file, String text) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

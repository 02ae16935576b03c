package io.github.ladorules.cli;

import io.github.ladorules.report.RecordReader;
import io.github.ladorules.report.RetentionJson;
import io.github.ladorules.report.RetentionList;
import io.github.ladorules.report.RetentionMarkdown;
import io.github.ladorules.report.RetentionReview;
import java.io.PrintWriter;
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

/** {@code lado-rules retention RECORDS... --on DATE}: which kept records to review, remove or keep. */
@Command(name = "retention", mixinStandardHelpOptions = true,
        description = "Apply each record's edition's outcome rules (records with subjectDateOfBirth and an outcome)"
                + " and list, on a date: records whose retention has ended, records to remove now, and records to "
                + "keep with their dates, each with its rules and citations. Names record refs.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules retention examples/records/audit-and-retention.yaml --on 2026-01-01",
                "  lado-rules retention records.csv --on 2026-01-01 --json"})
final class RetentionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Parameters(paramLabel = "RECORDS", arity = "1..*", description = "Record files (.jsonl, .json, .yaml, .csv).")
    List<Path> records;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day of the review.")
    LocalDate on;

    @Option(names = "--json", description = "Print the lado-retention/1 JSON instead of Markdown.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RejectedRecords rejected = new RejectedRecords(err);
        RetentionReview review = new RetentionReview(options.engine(), on, rejected);
        RecordReader.read(records, review);
        rejected.printCount();
        RetentionList list = review.list();
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? RetentionJson.write(list) : RetentionMarkdown.write(list));
        out.flush();
        return ExitCodes.OK;
    }
}

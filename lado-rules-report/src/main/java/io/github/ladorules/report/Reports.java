package io.github.ladorules.report;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The shortest way to a report from files:
 *
 * <pre>{@code
 * Report report = Reports.build(List.of(Path.of("records.jsonl")),
 *         ReportOptions.of(new ReportPeriod(LocalDate.parse("2022-04-01"), LocalDate.parse("2023-03-31"))));
 * String json = ReportJson.write(report);
 * }</pre>
 */
public final class Reports {
    private Reports() {
    }

    /** Reads the files one record at a time and builds the report; skipped records are only counted. */
    public static Report build(List<Path> files, ReportOptions options) {
        return build(files, options, null);
    }

    /** As {@link #build(List, ReportOptions)}, telling {@code onReject} of each skipped record. */
    public static Report build(List<Path> files, ReportOptions options, Consumer<RejectedRecord> onReject) {
        ReportAccumulator accumulator = new ReportAccumulator(options, onReject);
        RecordReader.read(files, accumulator);
        return accumulator.report();
    }
}

package io.github.ladorules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code lado-report/1} output: a service's figures for a period, immutable. It holds counts only; no record's
 * content appears in it, except that the optional {@code audit} names the refs of the records it lists. The same
 * records and options give an equal report, and so byte-identical output in every format.
 *
 * @param figures every figure for the period (written at the top level of the JSON)
 * @param byQuarter the main figures for each quarter of the period, the first starting on its first day
 * @param targets each local target, met or missed and by how much
 * @param recordsRead valid records read, in or out of the period
 * @param skipped records that failed validation and were left out
 * @param comparison the same figures for the period compared with; null when none was asked for
 * @param audit the decision audit; null unless asked for
 * @param definitions for each figure, what it counts and over what
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Report(
        String schema,
        String notice,
        @JsonUnwrapped PeriodFigures figures,
        List<QuarterFigures> byQuarter,
        List<TargetResult> targets,
        int recordsRead,
        int skipped,
        PeriodFigures comparison,
        AuditReport audit,
        Map<String, String> definitions) {

    public static final String SCHEMA = "lado-report/1";
    public static final String NOTICE = "Counts only: no record's content appears in this report. Figures are "
            + "decision support for the service; the designated officers make the decisions.";

    public Report {
        byQuarter = List.copyOf(byQuarter);
        targets = List.copyOf(targets);
        definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
    }
}

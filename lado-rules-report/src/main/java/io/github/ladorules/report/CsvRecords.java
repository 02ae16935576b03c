package io.github.ladorules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Records from a spreadsheet export: a header row of {@code lado-record/1} field names, then one row per record.
 * An empty cell is null; {@code employerActions} lists values separated by {@code ;}; {@code case} holds the case
 * as JSON text; the {@code schema} column may be left out. Each row is then checked like any other record.
 */
final class CsvRecords {
    /** The columns a CSV file may have, in the order the README lists them. */
    static final List<String> COLUMNS = List.of("recordRef", "contactDate", "referrer", "sector", "category",
            "thresholdDecision", "referralDate", "initialEvaluationMeetingDate", "postAllegationMeetingDate",
            "outcome", "outcomeDate", "employerActions", "groupRef", "subjectDateOfBirth", "case", "schema");
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES).build();

    private CsvRecords() {
    }

    static void read(Reader in, String label, RecordSink sink) throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(header).readValues(in)) {
            boolean checkedColumns = false;
            while (true) {
                Map<String, String> row;
                int line;
                try {
                    if (!rows.hasNextValue()) {
                        break;
                    }
                    row = rows.nextValue();
                    // After a row the reader stands at the start of the next line (or at the end of the last one).
                    var at = rows.getCurrentLocation();
                    line = at.getColumnNr() <= 1 ? at.getLineNr() - 1 : at.getLineNr();
                } catch (JsonProcessingException e) {
                    int at = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
                    throw InvalidInputException.of("RECORDS", label + ", line " + at
                            + ": not valid CSV; the rows after this point could not be read");
                }
                if (!checkedColumns) {
                    checkColumns(row.keySet(), label);
                    checkedColumns = true;
                }
                toRecord(row, label, line, sink);
            }
        }
    }

    private static void checkColumns(Iterable<String> columns, String label) {
        for (String c : columns) {
            if (!COLUMNS.contains(c)) {
                throw InvalidInputException.of("RECORDS", label + ": the column '" + c
                        + "' is not a lado-record/1 field; columns are " + COLUMNS);
            }
        }
    }

    private static void toRecord(Map<String, String> row, String label, int line, RecordSink sink) {
        ObjectNode node = Mappers.JSON.createObjectNode();
        node.put("schema", LadoRecord.SCHEMA);
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.entrySet()) {
            String value = cell.getValue();
            if (value == null || value.isBlank()) {
                continue;
            }
            switch (cell.getKey()) {
                case "employerActions" -> {
                    ArrayNode actions = node.putArray("employerActions");
                    for (String a : value.split(";")) {
                        if (!a.isBlank()) {
                            actions.add(a.strip());
                        }
                    }
                }
                case "case" -> {
                    try {
                        node.set("case", Mappers.JSON.readTree(value));
                    } catch (JsonProcessingException e) {
                        problems.add(new Problem("case", "is not valid JSON; a case in a CSV cell is JSON text"));
                    }
                }
                default -> node.put(cell.getKey(), value);
            }
        }
        if (!problems.isEmpty()) {
            sink.reject(new RejectedRecord(label, line, problems));
            return;
        }
        RecordReader.deliver(node, label, line, sink);
    }

}

package io.github.ladorules.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a report as CSV, one file per table ({@code <id>.csv}), and {@code index.csv} saying what each table counts
 * and over what.
 */
public final class ReportCsv {
    private ReportCsv() {
    }

    /** Writes the files and returns their paths, index first. */
    public static List<Path> write(Report report, Path directory) {
        try {
            Files.createDirectories(directory);
            List<Path> written = new ArrayList<>();
            StringBuilder index = new StringBuilder("table,title,counts\n");
            List<Table> tables = ReportTables.of(report);
            for (Table t : tables) {
                index.append(field(t.id() + ".csv")).append(',').append(field(t.title())).append(',')
                        .append(field(t.counts())).append('\n');
            }
            Path indexFile = directory.resolve("index.csv");
            Files.writeString(indexFile, index, StandardCharsets.UTF_8);
            written.add(indexFile);
            for (Table t : tables) {
                Path file = directory.resolve(t.id() + ".csv");
                Files.writeString(file, text(t), StandardCharsets.UTF_8);
                written.add(file);
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the CSV tables to " + directory, e);
        }
    }

    static String text(Table t) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", t.columns().stream().map(ReportCsv::field).toList())).append('\n');
        for (List<Table.Cell> row : t.rows()) {
            out.append(String.join(",", row.stream().map(c -> field(c.text())).toList())).append('\n');
        }
        return out.toString();
    }

    private static String field(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}

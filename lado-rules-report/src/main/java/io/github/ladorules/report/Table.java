package io.github.ladorules.report;

import java.util.List;

/**
 * One table of a report, as every format prints it: an id (the CSV file name), a title, what it counts and over
 * what, columns and rows, and how to chart it. Each cell may name the JSON pointer of the figure it shows, so a
 * test can check any format against the JSON.
 */
public record Table(String id, String title, String counts, List<String> columns, List<List<Cell>> rows,
                    Chart chart) {
    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** A cell's text and, where it shows a figure of the JSON, that figure's JSON pointer; else null. */
    public record Cell(String text, String path) {
        static Cell of(Object value, String path) {
            return new Cell(String.valueOf(value), path);
        }

        static Cell text(String text) {
            return new Cell(text, null);
        }
    }

    /**
     * A bar chart of the table: the first column names the bars; each column in {@code series} is one set of bars.
     * Null for a table that is only a list.
     */
    public record Chart(List<Integer> series, boolean horizontal, String valueAxis) {
        public Chart {
            series = List.copyOf(series);
        }
    }
}

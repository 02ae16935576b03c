package io.github.ladorules.report;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Writes a report as {@code lado-report/1} JSON: stable key order and layout, byte-identical for equal reports. */
public final class ReportJson {
    private ReportJson() {
    }

    public static String write(Report report) {
        return write((Object) report);
    }

    static String write(Object value) {
        try {
            return Mappers.JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the report could not be written as JSON", e);
        }
    }
}

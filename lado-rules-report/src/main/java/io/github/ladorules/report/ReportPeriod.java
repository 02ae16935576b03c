package io.github.ladorules.report;

import io.github.ladorules.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/** A reporting period: {@code from} and {@code to} both inclusive. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidInputException.of("--to", "is before --from; a period ends on or after the day it starts");
        }
    }

    /** Whether a date falls in the period; a missing date never does. */
    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}

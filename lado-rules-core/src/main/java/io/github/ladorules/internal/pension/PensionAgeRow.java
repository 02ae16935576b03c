package io.github.ladorules.internal.pension;

import java.time.LocalDate;

/**
 * One row of the state pension age table: births from {@code bornFrom} to {@code bornTo} (inclusive; null for an
 * open end) reach state pension age either on a fixed day ({@code reachedOn}) or at an age ({@code years} and
 * {@code months}) after their date of birth.
 */
record PensionAgeRow(LocalDate bornFrom, LocalDate bornTo, LocalDate reachedOn, Integer years, Integer months) {

    boolean covers(LocalDate dateOfBirth) {
        return (bornFrom == null || !dateOfBirth.isBefore(bornFrom)) && (bornTo == null || !dateOfBirth.isAfter(bornTo));
    }

    LocalDate pensionAgeDate(LocalDate dateOfBirth) {
        return reachedOn != null ? reachedOn : Anniversaries.after(dateOfBirth, years, months == null ? 0 : months);
    }

    /** What is wrong with the row on its own, or null. */
    String problem() {
        if ((reachedOn == null) == (years == null)) {
            return "a row needs either reachedOn or years, not both or neither";
        }
        if (years != null && (years < 1 || (months != null && (months < 0 || months > 11)))) {
            return "an age needs at least one year and 0 to 11 months";
        }
        if (bornFrom != null && bornTo != null && bornTo.isBefore(bornFrom)) {
            return "bornTo is before bornFrom";
        }
        if (reachedOn != null && (bornTo == null || !reachedOn.isAfter(bornTo))) {
            return "a fixed reachedOn needs a bornTo before it";
        }
        return null;
    }

    @Override
    public String toString() {
        return "born " + (bornFrom == null ? "any time" : "from " + bornFrom) + (bornTo == null ? " on" : " to " + bornTo);
    }
}

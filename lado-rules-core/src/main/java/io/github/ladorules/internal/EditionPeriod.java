package io.github.ladorules.internal;

import java.time.LocalDate;

/** The dates an edition is in force: from (inclusive) until (exclusive; null while it is current). */
record EditionPeriod(LocalDate from, LocalDate until) {

    /** True when a rule in force from {@code ruleFrom} until {@code ruleUntil} (either null: open) applies here. */
    boolean overlaps(LocalDate ruleFrom, LocalDate ruleUntil) {
        boolean startsInTime = ruleFrom == null || until == null || ruleFrom.isBefore(until);
        boolean endsAfterStart = ruleUntil == null || ruleUntil.isAfter(from);
        return startsInTime && endsAfterStart;
    }

    /** True when a date falls in this period. */
    boolean contains(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
}

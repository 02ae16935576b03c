package io.github.ladorules.report;

import io.github.ladorules.EditionRef;
import io.github.ladorules.Outcome;
import io.github.ladorules.PersonnelRecord;
import io.github.ladorules.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * One record in the retention review: the outcome recorded, how the edition in force on its referral date
 * classifies it, what the edition's rules say about the personnel record and until when, and the rules with their
 * citations.
 */
public record RetentionEntry(
        String recordRef,
        Outcome recordedOutcome,
        Outcome classifiedAs,
        EditionRef edition,
        PersonnelRecord personnelRecord,
        LocalDate retainUntil,
        List<Reason> reasons) {

    public RetentionEntry {
        reasons = List.copyOf(reasons);
    }
}

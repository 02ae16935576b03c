package io.github.ladorules;

import java.time.LocalDate;
import java.util.List;

/**
 * What follows an outcome, each value chosen by a cited rule. {@code retainUntil} is set only when the record is
 * kept, and is then at least the date the rules asked for.
 */
public record Consequences(
        PersonnelRecord personnelRecord,
        LocalDate retainUntil,
        boolean mentionInReferences,
        DbsReferral dbsReferral,
        TraReferral traReferral,
        List<OutcomeAction> actions) {

    public Consequences {
        actions = List.copyOf(actions);
    }
}

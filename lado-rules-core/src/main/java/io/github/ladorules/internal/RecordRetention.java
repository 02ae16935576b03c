package io.github.ladorules.internal;

import io.github.ladorules.internal.pension.Anniversaries;
import io.github.ladorules.internal.pension.StatePensionAge;
import java.time.LocalDate;

/**
 * The date a kept record may be reviewed for removal, once a rule has asked for a retention period: the later of
 * the day the adult reaches state pension age and the given number of years from the allegation. Arithmetic only;
 * the rule decides that a record is kept and for how many years.
 */
final class RecordRetention {
    private RecordRetention() {
    }

    static LocalDate until(LocalDate dateOfBirth, LocalDate allegationDate, int yearsFromAllegation) {
        // Sex is not in the input: StatePensionAge.reachedOn gives the later of men's and women's dates.
        LocalDate pensionAge = StatePensionAge.reachedOn(dateOfBirth);
        LocalDate yearsLater = Anniversaries.after(allegationDate, yearsFromAllegation, 0);
        return pensionAge.isAfter(yearsLater) ? pensionAge : yearsLater;
    }
}

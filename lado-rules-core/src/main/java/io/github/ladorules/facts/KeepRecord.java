package io.github.ladorules.facts;

import io.github.ladorules.PersonnelRecord;
import org.kie.api.runtime.rule.RuleContext;

/** Keep a summary of the allegation on the confidential personnel file; a {@link RetentionPeriod} says how long. */
public final class KeepRecord extends RecordOnFile {
    public KeepRecord(RuleContext kcontext) {
        super(kcontext);
    }

    @Override
    public PersonnelRecord getPersonnelRecord() { return PersonnelRecord.KEEP; }
}

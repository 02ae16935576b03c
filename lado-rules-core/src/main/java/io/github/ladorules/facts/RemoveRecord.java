package io.github.ladorules.facts;

import io.github.ladorules.PersonnelRecord;
import org.kie.api.runtime.rule.RuleContext;

/** Remove the allegation from the personnel record, outright or unless the adult consents to it being kept. */
public final class RemoveRecord extends RecordOnFile {
    private final boolean unlessConsent;

    private RemoveRecord(RuleContext kcontext, boolean unlessConsent) {
        super(kcontext);
        this.unlessConsent = unlessConsent;
    }

    public static RemoveRecord outright(RuleContext kcontext) {
        return new RemoveRecord(kcontext, false);
    }

    public static RemoveRecord unlessTheAdultConsents(RuleContext kcontext) {
        return new RemoveRecord(kcontext, true);
    }

    @Override
    public PersonnelRecord getPersonnelRecord() {
        return unlessConsent ? PersonnelRecord.REMOVE_UNLESS_CONSENT : PersonnelRecord.REMOVE;
    }
}

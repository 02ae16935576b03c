package io.github.ladorules.facts;

import io.github.ladorules.PersonnelRecord;
import org.kie.api.runtime.rule.RuleContext;

/** What happens to the allegation on the personnel file. Exactly one rule must decide it for each case. */
public abstract class RecordOnFile extends OutcomeFinding {
    protected RecordOnFile(RuleContext kcontext) {
        super(kcontext);
    }

    public abstract PersonnelRecord getPersonnelRecord();
}

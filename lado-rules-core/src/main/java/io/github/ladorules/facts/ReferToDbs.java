package io.github.ladorules.facts;

import io.github.ladorules.DbsReferral;
import org.kie.api.runtime.rule.RuleContext;

/** Whether to refer the adult to the Disclosure and Barring Service. Exactly one rule must decide it for each case. */
public final class ReferToDbs extends OutcomeFinding {
    private final DbsReferral referral;

    public ReferToDbs(RuleContext kcontext, DbsReferral referral) {
        super(kcontext);
        this.referral = referral;
    }

    public DbsReferral getReferral() { return referral; }
}

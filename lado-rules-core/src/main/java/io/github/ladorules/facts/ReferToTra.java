package io.github.ladorules.facts;

import io.github.ladorules.TraReferral;
import org.kie.api.runtime.rule.RuleContext;

/** Whether to refer the adult to the Teaching Regulation Agency. Exactly one rule must decide it for each case. */
public final class ReferToTra extends OutcomeFinding {
    private final TraReferral referral;

    public ReferToTra(RuleContext kcontext, TraReferral referral) {
        super(kcontext);
        this.referral = referral;
    }

    public TraReferral getReferral() { return referral; }
}

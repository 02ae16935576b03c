package io.github.ladorules.facts;

import io.github.ladorules.ActionCode;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An action for one adult or, with no adult, for the whole case; optionally due within a number of working
 * days of the referral date ("within N working days of D" is the Nth working day after D).
 */
public final class Act extends Finding {
    private final ActionCode code;
    private final Integer workingDays;

    public Act(RuleContext kcontext, Subject subject, ActionCode code) {
        this(kcontext, subject, code, null);
    }

    /** An action for the whole case, not for one adult. */
    public Act(RuleContext kcontext, ActionCode code) {
        this(kcontext, null, code, null);
    }

    private Act(RuleContext kcontext, Subject subject, ActionCode code, Integer workingDays) {
        super(kcontext, subject);
        this.code = code;
        this.workingDays = workingDays;
    }

    /** The same action, due within this many working days of the referral date. */
    public static Act dueWithin(RuleContext kcontext, Subject subject, ActionCode code, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative, not " + workingDays);
        }
        return new Act(kcontext, subject, code, workingDays);
    }

    public ActionCode getCode() { return code; }
    public Integer getWorkingDays() { return workingDays; }
}

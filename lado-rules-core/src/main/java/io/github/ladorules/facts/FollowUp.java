package io.github.ladorules.facts;

import io.github.ladorules.OutcomeAction;
import org.kie.api.runtime.rule.RuleContext;

/** Something that should follow the outcome. Several rules may ask for the same action; it is listed once. */
public final class FollowUp extends OutcomeFinding {
    private final OutcomeAction action;

    public FollowUp(RuleContext kcontext, OutcomeAction action) {
        super(kcontext);
        this.action = action;
    }

    public OutcomeAction getAction() { return action; }
}

package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** Whether an employer's reference may mention the allegation. Exactly one rule must decide it for each case. */
public final class References extends OutcomeFinding {
    private final boolean mayMention;

    private References(RuleContext kcontext, boolean mayMention) {
        super(kcontext);
        this.mayMention = mayMention;
    }

    public static References mayMention(RuleContext kcontext) {
        return new References(kcontext, true);
    }

    public static References mustNotMention(RuleContext kcontext) {
        return new References(kcontext, false);
    }

    public boolean getMayMention() { return mayMention; }
}

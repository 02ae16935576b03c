package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Something a rule concluded. It remembers the rule that made it, so the decision can show that rule's id,
 * text and citation as a reason. Findings are immutable; rules insert them and never modify them.
 */
public abstract class Finding {
    private final String rule;
    private final Subject subject;

    protected Finding(RuleContext kcontext, Subject subject) {
        this.rule = kcontext.getRule().getName();
        this.subject = subject;
    }

    /** The name of the rule that made this finding. */
    public String getRule() { return rule; }

    /** The adult this finding is about, or null for a finding about the whole case. */
    public Subject getSubject() { return subject; }
}

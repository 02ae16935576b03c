package io.github.ladorules.facts;

import io.github.ladorules.Outcome;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The edition's definition of an outcome: the rule's text and citation become the decision's {@code definition}.
 * Exactly one rule must define the outcome the case was classified as.
 */
public final class Define extends OutcomeFinding {
    private final Outcome outcome;

    public Define(RuleContext kcontext, Outcome outcome) {
        super(kcontext);
        this.outcome = outcome;
    }

    public Outcome getOutcome() { return outcome; }
}

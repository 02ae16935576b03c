package io.github.ladorules.facts;

import io.github.ladorules.Outcome;
import org.kie.api.runtime.rule.RuleContext;

/** The investigation's finding is classified as this outcome. Exactly one rule must classify each case. */
public final class ClassifyAs extends OutcomeFinding {
    private final Outcome outcome;

    public ClassifyAs(RuleContext kcontext, Outcome outcome) {
        super(kcontext);
        this.outcome = outcome;
    }

    public Outcome getOutcome() { return outcome; }
}

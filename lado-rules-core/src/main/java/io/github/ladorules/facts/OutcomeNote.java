package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** An outcome rule's reason that explains a result (for example an assumption) without changing it. */
public final class OutcomeNote extends OutcomeFinding {
    public OutcomeNote(RuleContext kcontext) {
        super(kcontext);
    }
}

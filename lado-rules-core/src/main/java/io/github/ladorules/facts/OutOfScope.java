package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** The allegations process does not apply: the adult does not work with children and did not when it happened. */
public final class OutOfScope extends Finding {
    public OutOfScope(RuleContext kcontext, Subject subject) {
        super(kcontext, subject);
    }
}

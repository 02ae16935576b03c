package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** The allegations process applies to this adult: they work with children, or did when it happened. */
public final class InScope extends Finding {
    public InScope(RuleContext kcontext, Subject subject) {
        super(kcontext, subject);
    }
}

package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** The adult has left the role in which the behaviour happened. */
public final class NoLongerInRole extends Finding {
    public NoLongerInRole(RuleContext kcontext, Subject subject) {
        super(kcontext, subject);
    }
}

package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** A rule's reason that bears on the result without changing a tier, route or action by itself. */
public final class Note extends Finding {
    public Note(RuleContext kcontext, Subject subject) {
        super(kcontext, subject);
    }
}

package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** Behaviour, usually outside work, may make the adult unsuitable to work with children. */
public final class TransferableRisk extends Finding {
    public TransferableRisk(RuleContext kcontext, Subject subject) {
        super(kcontext, subject);
    }
}

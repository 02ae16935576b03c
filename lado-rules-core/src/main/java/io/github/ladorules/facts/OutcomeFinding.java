package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Something an outcome rule concluded. Outcome findings concern the case as a whole (an outcome input has one adult),
 * so they carry no threshold {@link Subject}; the engine rejects any other finding in an outcome session.
 */
public abstract class OutcomeFinding extends Finding {
    protected OutcomeFinding(RuleContext kcontext) {
        super(kcontext, null);
    }
}

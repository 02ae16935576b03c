package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** A modifier raises a concern to at least this tier (the highest raise counts). */
public final class RaiseTier extends Finding {
    private final Concern concern;
    private final int tier;

    public RaiseTier(RuleContext kcontext, Concern concern, int tier) {
        super(kcontext, concern.getSubject());
        this.concern = concern;
        this.tier = Tiers.check(tier);
    }

    public Concern getConcern() { return concern; }
    public int getTier() { return tier; }
}

package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/** A modifier limits a concern to at most this tier, whatever raised it (the lowest limit counts). */
public final class LowerTier extends Finding {
    private final Concern concern;
    private final int tier;

    public LowerTier(RuleContext kcontext, Concern concern, int tier) {
        super(kcontext, concern.getSubject());
        this.concern = concern;
        this.tier = Tiers.check(tier);
    }

    public Concern getConcern() { return concern; }
    public int getTier() { return tier; }
}

package io.github.ladorules.facts;

import io.github.ladorules.Criterion;
import java.util.EnumSet;
import java.util.Set;
import org.kie.api.runtime.rule.RuleContext;

/** A row of the indicator matrix matched a concern: its default tier and the criteria it may engage. */
public final class Indication extends Finding {
    private final Concern concern;
    private final int tier;
    private final Set<Criterion> criteria;

    public Indication(RuleContext kcontext, Concern concern, int tier, Criterion... criteria) {
        super(kcontext, concern.getSubject());
        this.concern = concern;
        this.tier = Tiers.check(tier);
        this.criteria = criteria.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(criteria[0], criteria));
    }

    public Concern getConcern() { return concern; }
    public int getTier() { return tier; }
    public Set<Criterion> getCriteria() { return criteria; }

    public boolean engages(Criterion criterion) {
        return criteria.contains(criterion);
    }
}

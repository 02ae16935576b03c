package io.github.ladorules.facts;

import io.github.ladorules.Criterion;
import java.util.Set;

/**
 * A concern's tier once the matrix and its modifiers have spoken, with the criteria its matrix rows engage.
 * The engine inserts it after the classification rules have fired, for the rules that decide.
 */
public final class ConcernAssessment {
    private final Concern concern;
    private final int tier;
    private final Set<Criterion> criteria;

    public ConcernAssessment(Concern concern, int tier, Set<Criterion> criteria) {
        this.concern = concern;
        this.tier = Tiers.check(tier);
        this.criteria = Set.copyOf(criteria);
    }

    public Concern getConcern() { return concern; }
    public Subject getSubject() { return concern.getSubject(); }
    public String getIndicator() { return concern.getIndicator(); }
    public int getTier() { return tier; }
    public Set<Criterion> getCriteria() { return criteria; }

    public boolean engages(Criterion criterion) {
        return criteria.contains(criterion);
    }
}

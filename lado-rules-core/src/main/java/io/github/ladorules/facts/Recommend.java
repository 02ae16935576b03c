package io.github.ladorules.facts;

import io.github.ladorules.Recommendation;
import org.kie.api.runtime.rule.RuleContext;

/** The recommendation for this adult. Exactly one rule must make one per adult. */
public final class Recommend extends Finding {
    private final Recommendation recommendation;

    public Recommend(RuleContext kcontext, Subject subject, Recommendation recommendation) {
        super(kcontext, subject);
        this.recommendation = recommendation;
    }

    public Recommendation getRecommendation() { return recommendation; }
}

package io.github.ladorules.facts;

import io.github.ladorules.Criterion;
import org.kie.api.runtime.rule.RuleContext;

/** A harm criterion, as the edition words it, is engaged for this adult. */
public final class CriterionMet extends Finding {
    private final Criterion criterion;

    public CriterionMet(RuleContext kcontext, Subject subject, Criterion criterion) {
        super(kcontext, subject);
        this.criterion = criterion;
    }

    public Criterion getCriterion() { return criterion; }
}

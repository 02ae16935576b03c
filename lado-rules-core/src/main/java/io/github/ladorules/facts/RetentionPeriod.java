package io.github.ladorules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * How long a kept record stays on file: until the later of the date the adult reaches state pension age and this
 * many years from the allegation. The engine works out the date; the rule states the policy.
 */
public final class RetentionPeriod extends OutcomeFinding {
    private final int yearsFromAllegation;

    public RetentionPeriod(RuleContext kcontext, int yearsFromAllegation) {
        super(kcontext);
        if (yearsFromAllegation < 0) {
            throw new IllegalArgumentException("years from the allegation must not be negative, not " + yearsFromAllegation);
        }
        this.yearsFromAllegation = yearsFromAllegation;
    }

    public int getYearsFromAllegation() { return yearsFromAllegation; }
}

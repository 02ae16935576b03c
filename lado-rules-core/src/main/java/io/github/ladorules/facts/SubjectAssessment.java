package io.github.ladorules.facts;

/**
 * An adult's tier: the highest tier of their concerns. The engine inserts it after the classification rules
 * have fired; the rules that decide recommendation, route and actions match it.
 */
public final class SubjectAssessment {
    private final Subject subject;
    private final int tier;

    public SubjectAssessment(Subject subject, int tier) {
        this.subject = subject;
        this.tier = Tiers.check(tier);
    }

    public Subject getSubject() { return subject; }
    public int getTier() { return tier; }
}

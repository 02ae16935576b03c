package io.github.ladorules.facts;

/** The matrix has five tiers; a rule that names another is a mistake in the rule file. */
final class Tiers {
    private Tiers() {
    }

    static int check(int tier) {
        if (tier < 1 || tier > 5) {
            throw new IllegalArgumentException("a tier must be from 1 to 5, not " + tier);
        }
        return tier;
    }
}

package io.github.ladorules;

/**
 * What the rules recommend for one adult, weakest first: the overall recommendation of a case is the
 * strongest over its subjects, so the declaration order is part of the contract.
 */
public enum Recommendation {
    /** Outside the allegations process: the adult does not work with children, now or when it happened. */
    NOT_A_LADO_MATTER,
    /** Below the harm threshold: advice, with a route such as the low-level-concern or conduct process. */
    DOES_NOT_MEET_THRESHOLD,
    /** Could meet the threshold: consult the designated officer and get the facts listed as questions. */
    MAY_MEET_THRESHOLD,
    /** Meets the harm threshold: refer to the designated officer. */
    MEETS_THRESHOLD;

    public boolean isStrongerThan(Recommendation other) {
        return compareTo(other) > 0;
    }
}

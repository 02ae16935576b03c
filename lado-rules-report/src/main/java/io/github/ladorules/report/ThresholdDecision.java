package io.github.ladorules.report;

/** The officer's threshold decision on a contact. A record with none has not been decided yet. */
public enum ThresholdDecision {
    /** The contact met the harm threshold and progressed to a referral. */
    MEETS,
    /** It did not: advice was given. */
    DOES_NOT_MEET
}

package io.github.ladorules.report;

/** What the employer did after the allegation ({@code lado-record/1}). Public contract: add, never rename. */
public enum EmployerAction {
    NO_FURTHER_ACTION, WORD_OF_ADVICE, TRAINING, WRITTEN_WARNING, FINAL_WARNING, SUSPENSION, DISMISSAL, RESIGNED,
    CEASED_TO_USE, DEREGISTERED, DBS_REFERRAL, REGULATOR_REFERRAL, OTHER
}

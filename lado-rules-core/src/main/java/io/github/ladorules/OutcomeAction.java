package io.github.ladorules;

/**
 * Something that should follow an outcome. The reasons of the decision say who does it and why. Public contract:
 * add, never rename.
 */
public enum OutcomeAction {
    /** Consider whether the child, or whoever made the allegation, needs help or may have been abused by someone else. */
    CONSIDER_HELP_FOR_CHILD,
    /**
     * The allegation was malicious: consider action against whoever made it. One code for every maker, because the
     * question for the host is the same; the reason says what: disciplinary action under the behaviour policy for a
     * pupil, or asking the police to consider action for anyone else.
     */
    CONSIDER_ACTION_AGAINST_MAKER,
    /** Review the case to learn whether procedures or practice should improve, including any suspension. */
    LEARNING_REVIEW,
    /** Preserve the records, whatever happens to the personnel file, because an inquiry may need them. */
    PRESERVE_RECORDS
}

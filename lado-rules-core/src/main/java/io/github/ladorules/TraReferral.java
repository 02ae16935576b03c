package io.github.ladorules;

/** Whether to refer a teacher to the Teaching Regulation Agency. Public contract: add, never rename. */
public enum TraReferral {
    /** Consider whether to refer, so the agency can consider prohibiting the teacher from teaching. */
    CONSIDER,
    /** No referral follows from this outcome (or the adult is not a teacher). */
    NONE
}

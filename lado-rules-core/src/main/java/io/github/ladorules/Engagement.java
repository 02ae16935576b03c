package io.github.ladorules;

/** How the adult is engaged. Public contract: add, never rename. */
public enum Engagement {
    EMPLOYED, AGENCY, VOLUNTEER, SELF_EMPLOYED, CONTRACTOR, STUDENT_PLACEMENT, FOSTER_CARER, OTHER
}

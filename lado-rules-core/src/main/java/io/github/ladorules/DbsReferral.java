package io.github.ladorules;

/** Whether the Disclosure and Barring Service should be told. Public contract: add, never rename. */
public enum DbsReferral {
    /** There is a legal duty to refer. */
    DUTY,
    /** Consider a referral: a duty may arise, or a power to refer may apply. */
    CONSIDER,
    /** No referral follows from this outcome. */
    NONE
}

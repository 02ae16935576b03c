package io.github.ladorules;

/** What happens to the allegation on the adult's confidential personnel file. Public contract: add, never rename. */
public enum PersonnelRecord {
    /** Keep a summary on file until {@code retainUntil}. */
    KEEP,
    /** Remove it from the personnel record. */
    REMOVE,
    /** Remove it from the personnel record, unless the adult consents to it being kept. */
    REMOVE_UNLESS_CONSENT
}

package io.github.ladorules;

/** Who made the allegation. Public contract: add, never rename. */
public enum MadeBy {
    PUPIL, PARENT, COLLEAGUE, OTHER
}

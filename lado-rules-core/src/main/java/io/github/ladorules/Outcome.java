package io.github.ladorules;

/**
 * How a finished investigation is classified. {@code UNFOUNDED} exists only in editions that define it; an edition
 * without it maps "no basis" to one of its own outcomes and says why. Public contract: add, never rename.
 */
public enum Outcome {
    SUBSTANTIATED,
    MALICIOUS,
    FALSE,
    UNSUBSTANTIATED,
    UNFOUNDED
}

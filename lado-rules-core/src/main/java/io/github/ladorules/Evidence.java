package io.github.ladorules;

/** What the investigation's evidence showed about the allegation. Public contract: add, never rename. */
public enum Evidence {
    /** Enough evidence to prove the allegation. */
    PROVES,
    /** Enough evidence to disprove the allegation. */
    DISPROVES,
    /** Not enough evidence either to prove or to disprove it. */
    INSUFFICIENT,
    /** No evidence or proper basis supports the allegation having been made. */
    NO_BASIS
}

package io.github.ladorules.report;

/** The main category of concern ({@code lado-record/1}). Public contract: add, never rename. */
public enum Category {
    PHYSICAL, SEXUAL, EMOTIONAL, NEGLECT, TRANSFERABLE_RISK, CONDUCT, OTHER
}

package io.github.ladorules.report;

/** Where the adult worked ({@code lado-record/1}). Public contract: add, never rename. */
public enum Sector {
    EDUCATION, EARLY_YEARS, FOSTER_CARE, RESIDENTIAL_CARE, SOCIAL_CARE, HEALTH, POLICE, SPORT, FAITH,
    YOUTH_AND_VOLUNTARY, TRANSPORT, ARMED_FORCES, OTHER
}

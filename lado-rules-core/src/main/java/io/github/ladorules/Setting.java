package io.github.ladorules;

/** Where the adult works with children. Public contract: add, never rename. */
public enum Setting {
    SCHOOL, COLLEGE, EARLY_YEARS, FOSTERING, RESIDENTIAL_CARE, HEALTH, SOCIAL_CARE, POLICE, SPORT, FAITH,
    YOUTH_SERVICE, TRANSPORT, VOLUNTARY, SCHOOL_PREMISES_HIRER, OTHER
}

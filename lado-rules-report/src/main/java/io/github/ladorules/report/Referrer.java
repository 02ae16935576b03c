package io.github.ladorules.report;

/** Who made contact with the designated officer ({@code lado-record/1}). Public contract: add, never rename. */
public enum Referrer {
    SCHOOL, FE_COLLEGE, EARLY_YEARS, SOCIAL_CARE, FOSTERING_SERVICE, RESIDENTIAL_PROVIDER, HEALTH, POLICE, PROBATION,
    OFSTED, OTHER_LOCAL_AUTHORITY, PARENT_OR_CARER, CHILD, SELF, ANONYMOUS, VOLUNTARY_SECTOR, OTHER
}

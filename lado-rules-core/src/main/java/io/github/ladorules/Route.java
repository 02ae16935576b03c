package io.github.ladorules;

/** Where a concern goes next. Values are public contract: add, never rename. */
public enum Route {
    LADO_REFERRAL,
    LADO_CONSULTATION,
    LOW_LEVEL_CONCERN,
    EMPLOYER_CONDUCT_PROCESS,
    COMPLAINTS_PROCESS,
    POLICE_NON_RECENT,
    OTHER_SERVICE
}

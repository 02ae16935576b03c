package io.github.ladorules;

/** The harm-threshold criteria. The last exists only in editions from {@code kcsie-2020}. */
public enum Criterion {
    HARMED_CHILD,
    POSSIBLE_CRIMINAL_OFFENCE,
    RISK_OF_HARM_TO_CHILDREN,
    UNSUITABLE_TO_WORK_WITH_CHILDREN
}

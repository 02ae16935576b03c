package io.github.ladorules.facts;

import io.github.ladorules.Employment;
import io.github.ladorules.Role;
import java.time.LocalDate;

/**
 * The adult an investigated allegation was about, for the outcome rules. A different type from {@link Subject} on
 * purpose: the threshold rules and the outcome rules share one rule base per edition, and neither may match the
 * other's facts.
 */
public final class OutcomeSubject {
    private final Role role;
    private final LocalDate dateOfBirth;
    private final Boolean regulatedActivity;
    private final Employment employment;

    public OutcomeSubject(Role role, LocalDate dateOfBirth, Boolean regulatedActivity, Employment employment) {
        this.role = role;
        this.dateOfBirth = dateOfBirth;
        this.regulatedActivity = regulatedActivity;
        this.employment = employment;
    }

    public Role getRole() { return role; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    /** Whether the adult was in regulated activity with children; null when not known. */
    public Boolean getRegulatedActivity() { return regulatedActivity; }
    public Employment getEmployment() { return employment; }

    /** True when the adult was born before the given ISO date (yyyy-mm-dd). */
    public boolean bornBefore(String isoDate) {
        return dateOfBirth.isBefore(LocalDate.parse(isoDate));
    }
}

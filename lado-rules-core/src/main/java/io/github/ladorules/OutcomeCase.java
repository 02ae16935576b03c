package io.github.ladorules;

import java.time.LocalDate;

/**
 * A finished investigation to classify: the {@code lado-outcome/1} input.
 *
 * <p>Like a case, it carries no names. {@code referralDate} selects the edition, as for a case, unless an edition is
 * pinned. A {@code Boolean} that is {@code null} means not known. Instances are validated against the published JSON
 * Schema when they are classified, so a record built in code gets the same checks as a file.
 */
public record OutcomeCase(
        String schema,
        String caseRef,
        LocalDate referralDate,
        Subject subject,
        Allegation allegation,
        Finding finding,
        Employment employment) {

    public static final String SCHEMA = "lado-outcome/1";

    /**
     * The adult the allegation was about. The date of birth is needed for how long a record is kept (state pension
     * age); sex is deliberately not asked for.
     */
    public record Subject(Role role, LocalDate dateOfBirth, Boolean regulatedActivity) {
    }

    /** The allegation: when the behaviour happened or was alleged, whether it was sexual, and who made it. */
    public record Allegation(LocalDate date, Boolean sexual, MadeBy madeBy) {
    }

    /** What the investigation found; {@code deliberateDeception} is only meaningful when the evidence disproves it. */
    public record Finding(Evidence evidence, Boolean deliberateDeception) {
    }
}

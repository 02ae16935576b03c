package io.github.ladorules;

import java.time.LocalDate;

/**
 * Outcome inputs for tests: a teacher in regulated activity, still employed, after a non-sexual allegation a pupil
 * made, unless a test says otherwise. Each test changes only what it is about.
 */
final class Investigations {
    private LocalDate referralDate = LocalDate.of(2023, 10, 2);
    private Role role = Role.TEACHER;
    private LocalDate dateOfBirth = LocalDate.of(1981, 7, 2);
    private Boolean regulatedActivity = true;
    private LocalDate allegationDate = LocalDate.of(2023, 9, 28);
    private boolean sexual;
    private MadeBy madeBy = MadeBy.PUPIL;
    private Evidence evidence = Evidence.PROVES;
    private Boolean deliberateDeception;
    private Employment employment = Employment.REMAINS;

    static Investigations finding(Evidence evidence) {
        Investigations i = new Investigations();
        i.evidence = evidence;
        return i;
    }

    /** Evidence that disproves the allegation, with deliberate deception established or not. */
    static Investigations disproved(Boolean deliberateDeception) {
        Investigations i = finding(Evidence.DISPROVES);
        i.deliberateDeception = deliberateDeception;
        return i;
    }

    /** The investigation's finding for an outcome, as the five-outcome editions classify it. */
    static Investigations thatFound(Outcome outcome) {
        return switch (outcome) {
            case SUBSTANTIATED -> finding(Evidence.PROVES);
            case MALICIOUS -> disproved(true);
            case FALSE -> disproved(false);
            case UNSUBSTANTIATED -> finding(Evidence.INSUFFICIENT);
            case UNFOUNDED -> finding(Evidence.NO_BASIS);
        };
    }

    Investigations role(Role role) { this.role = role; return this; }
    Investigations bornOn(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; return this; }
    Investigations regulatedActivity(Boolean regulatedActivity) { this.regulatedActivity = regulatedActivity; return this; }
    Investigations allegedOn(LocalDate date) { this.allegationDate = date; return this; }
    Investigations sexual() { this.sexual = true; return this; }
    Investigations madeBy(MadeBy madeBy) { this.madeBy = madeBy; return this; }
    Investigations employment(Employment employment) { this.employment = employment; return this; }
    Investigations referredOn(LocalDate date) { this.referralDate = date; return this; }

    OutcomeCase build() {
        return new OutcomeCase(OutcomeCase.SCHEMA, "T-1", referralDate,
                new OutcomeCase.Subject(role, dateOfBirth, regulatedActivity),
                new OutcomeCase.Allegation(allegationDate, sexual, madeBy),
                new OutcomeCase.Finding(evidence, deliberateDeception), employment);
    }

    /** Classified with a pinned edition. */
    OutcomeDecision under(String editionId) {
        return TestEngine.ENGINE.classify(build(), editionId);
    }

    static java.util.List<String> ruleIds(OutcomeDecision decision) {
        return decision.reasons().stream().map(Reason::rule).toList();
    }
}

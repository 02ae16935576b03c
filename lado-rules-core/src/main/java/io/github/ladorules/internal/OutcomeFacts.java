package io.github.ladorules.internal;

import io.github.ladorules.OutcomeCase;
import io.github.ladorules.facts.Allegation;
import io.github.ladorules.facts.Investigation;
import io.github.ladorules.facts.OutcomeSubject;
import java.util.List;
import java.util.Set;

/** Turns a validated outcome input into the facts the outcome rules match. */
final class OutcomeFacts {
    /** The types inserted here: a rule that matches one is an outcome rule ({@link RuleGroup}). */
    static final Set<Class<?>> TYPES = Set.of(OutcomeSubject.class, Allegation.class, Investigation.class);

    private OutcomeFacts() {
    }

    static List<Object> of(OutcomeCase c) {
        return List.of(
                new OutcomeSubject(c.subject().role(), c.subject().dateOfBirth(), c.subject().regulatedActivity(),
                        c.employment()),
                new Allegation(c.allegation().date(), c.allegation().sexual(), c.allegation().madeBy()),
                new Investigation(c.finding().evidence(), c.finding().deliberateDeception()));
    }
}

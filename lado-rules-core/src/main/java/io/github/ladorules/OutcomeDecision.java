package io.github.ladorules;

import java.util.List;

/**
 * The {@code lado-outcome-decision/1} output: how an investigation's finding is classified under an edition, the
 * edition's definition of that outcome, and what follows. Decision support: the designated officer decides.
 * The same input and edition always give an equal decision, and so byte-identical JSON.
 */
public record OutcomeDecision(
        String schema,
        String caseRef,
        EditionRef edition,
        Outcome outcome,
        Definition definition,
        Consequences consequences,
        List<Reason> reasons,
        String notice) {

    public static final String SCHEMA = "lado-outcome-decision/1";

    public OutcomeDecision {
        reasons = List.copyOf(reasons);
    }

    /** The outcome as the edition defines it, in plain words, with the paragraph it comes from. */
    public record Definition(String text, Citation cite) {
    }
}

package io.github.ladorules;

import java.util.List;

/**
 * The {@code lado-outcome-decision/1} output: how an investigation's finding is classified under an edition, the
 * edition's definition of that outcome, and what follows. Decision support: the designated officer decides.
 * The same input and edition always give an equal decision, and so byte-identical JSON. The audit fields are as in
 * {@link Decision}: the engine version and the SHA-256 of the validated input's canonical JSON.
 */
public record OutcomeDecision(
        String schema,
        String caseRef,
        EditionRef edition,
        String engineVersion,
        String inputSha256,
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

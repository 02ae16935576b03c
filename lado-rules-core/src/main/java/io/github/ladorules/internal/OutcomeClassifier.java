package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.OutcomeCase;
import io.github.ladorules.OutcomeDecision;

/**
 * Classifies validated outcome inputs against compiled editions. Immutable and thread-safe: each classification
 * has its own session, and a decision is a pure function of the input and the edition.
 */
public final class OutcomeClassifier {
    private final EditionCatalogue catalogue;

    public OutcomeClassifier(EditionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public OutcomeDecision classify(OutcomeCase outcome, EditionInfo info) {
        CompiledEdition edition = catalogue.compiled(info);
        return new OutcomeAssembler(edition).assemble(outcome, SessionRun.runOnce(edition, OutcomeFacts.of(outcome)));
    }
}

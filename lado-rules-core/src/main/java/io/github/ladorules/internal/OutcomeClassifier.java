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
    private final String engineVersion;

    public OutcomeClassifier(EditionCatalogue catalogue, String engineVersion) {
        this.catalogue = catalogue;
        this.engineVersion = engineVersion;
    }

    public OutcomeDecision classify(OutcomeCase outcome, EditionInfo info) {
        CompiledEdition edition = catalogue.compiled(info);
        return new OutcomeAssembler(edition, engineVersion).assemble(outcome, SessionRun.runOnce(edition, OutcomeFacts.of(outcome)));
    }
}

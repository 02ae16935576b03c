package io.github.ladorules;

import java.time.LocalDate;
import java.util.List;

/**
 * One edition of the rules: a complete rule set for one version of the guidance, in force from
 * {@code inForceFrom} (inclusive) until {@code inForceUntil} (exclusive; null for the current one).
 */
public record EditionInfo(
        String id,
        String title,
        String version,
        LocalDate inForceFrom,
        LocalDate inForceUntil,
        List<Document> documents,
        List<String> knownUncertainties,
        String rulesSha256) {

    public EditionInfo {
        documents = List.copyOf(documents);
        knownUncertainties = knownUncertainties == null ? List.of() : List.copyOf(knownUncertainties);
    }

    /** True when a concern that reached the designated officer or employer on this date falls under this edition. */
    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(inForceFrom) && (inForceUntil == null || date.isBefore(inForceUntil));
    }

    public EditionRef ref() {
        return new EditionRef(id, version, rulesSha256);
    }

    /**
     * A document an edition's rules cite, by its short {@code key}: the statutory guidance, or a published
     * procedure or commentary where the guidance is silent. {@code research} names the source in the project's
     * domain research file; {@code year} may be null where the source is undated. {@code kind} is statute,
     * statutory-guidance, practice, policy (this project's own) or secondary; {@code checkedAgainst} names the
     * full text the paragraph numbers were checked with, or is null where none could be.
     */
    public record Document(String key, String title, Integer year, String url, String research, String kind,
                           String checkedAgainst) {
    }
}

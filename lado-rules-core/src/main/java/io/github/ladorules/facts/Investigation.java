package io.github.ladorules.facts;

import io.github.ladorules.Evidence;

/** What the investigation found: what the evidence shows, and whether a deliberate deception was established. */
public final class Investigation {
    private final Evidence evidence;
    private final Boolean deliberateDeception;

    public Investigation(Evidence evidence, Boolean deliberateDeception) {
        this.evidence = evidence;
        this.deliberateDeception = deliberateDeception;
    }

    public Evidence getEvidence() { return evidence; }
    /** True when a deliberate act to deceive was established; null or false when it was not. */
    public Boolean getDeliberateDeception() { return deliberateDeception; }
}

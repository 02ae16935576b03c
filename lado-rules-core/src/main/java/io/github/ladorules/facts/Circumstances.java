package io.github.ladorules.facts;

/** Facts about the case as a whole; each may be unknown (null). */
public final class Circumstances {
    private final Boolean childInImmediateDanger;
    private final Boolean significantHarmSuspected;
    private final Boolean evidenceShowsCouldNotHaveHappened;

    public Circumstances(Boolean childInImmediateDanger, Boolean significantHarmSuspected,
                         Boolean evidenceShowsCouldNotHaveHappened) {
        this.childInImmediateDanger = childInImmediateDanger;
        this.significantHarmSuspected = significantHarmSuspected;
        this.evidenceShowsCouldNotHaveHappened = evidenceShowsCouldNotHaveHappened;
    }

    public Boolean getChildInImmediateDanger() { return childInImmediateDanger; }
    public Boolean getSignificantHarmSuspected() { return significantHarmSuspected; }
    public Boolean getEvidenceShowsCouldNotHaveHappened() { return evidenceShowsCouldNotHaveHappened; }
}

package io.github.ladorules.facts;

/** A child the concern is about. */
public final class Child {
    private final String ref;
    private final Integer ageAtIncident;
    private final Boolean disabledOrSend;
    private final Boolean lookedAfter;
    private final Boolean placedByAnotherAuthority;

    public Child(String ref, Integer ageAtIncident, Boolean disabledOrSend, Boolean lookedAfter,
                 Boolean placedByAnotherAuthority) {
        this.ref = ref;
        this.ageAtIncident = ageAtIncident;
        this.disabledOrSend = disabledOrSend;
        this.lookedAfter = lookedAfter;
        this.placedByAnotherAuthority = placedByAnotherAuthority;
    }

    public String getRef() { return ref; }
    public Integer getAgeAtIncident() { return ageAtIncident; }
    public Boolean getDisabledOrSend() { return disabledOrSend; }
    public Boolean getLookedAfter() { return lookedAfter; }
    /** Placed here by another local authority than the one where the adult lives or works (a cross-border placement). */
    public Boolean getPlacedByAnotherAuthority() { return placedByAnotherAuthority; }

    @Override
    public String toString() {
        return "Child " + ref;
    }
}

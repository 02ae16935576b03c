package io.github.ladorules.facts;

/** A child the concern is about. */
public final class Child {
    private final String ref;
    private final Integer ageAtIncident;
    private final Boolean disabledOrSend;
    private final Boolean lookedAfter;

    public Child(String ref, Integer ageAtIncident, Boolean disabledOrSend, Boolean lookedAfter) {
        this.ref = ref;
        this.ageAtIncident = ageAtIncident;
        this.disabledOrSend = disabledOrSend;
        this.lookedAfter = lookedAfter;
    }

    public String getRef() { return ref; }
    public Integer getAgeAtIncident() { return ageAtIncident; }
    public Boolean getDisabledOrSend() { return disabledOrSend; }
    public Boolean getLookedAfter() { return lookedAfter; }

    @Override
    public String toString() {
        return "Child " + ref;
    }
}

package io.github.ladorules.facts;

import io.github.ladorules.ConcernContext;
import java.time.LocalDate;
import java.util.List;

/** One alleged behaviour by one adult towards none, one or several children. */
public final class Concern {
    private final int index;
    private final Subject subject;
    private final List<Child> children;
    private final String indicator;
    private final ConcernContext context;
    private final LocalDate incidentDate;
    private final Boolean injury;
    private final Boolean childrenInHouseholdSawOrHeard;
    private final Boolean sexualContent;
    private final Boolean secrecyRequested;

    public Concern(int index, Subject subject, List<Child> children, String indicator, ConcernContext context,
                   LocalDate incidentDate, Boolean injury, Boolean childrenInHouseholdSawOrHeard,
                   Boolean sexualContent, Boolean secrecyRequested) {
        this.index = index;
        this.subject = subject;
        this.children = List.copyOf(children);
        this.indicator = indicator;
        this.context = context;
        this.incidentDate = incidentDate;
        this.injury = injury;
        this.childrenInHouseholdSawOrHeard = childrenInHouseholdSawOrHeard;
        this.sexualContent = sexualContent;
        this.secrecyRequested = secrecyRequested;
    }

    /** A concern without the facts added in lado-case/1 1.1 (household children, online content): unknown. */
    public Concern(int index, Subject subject, List<Child> children, String indicator, ConcernContext context,
                   LocalDate incidentDate, Boolean injury) {
        this(index, subject, children, indicator, context, incidentDate, injury, null, null, null);
    }

    /** Position in the case's {@code concerns} list, so findings can be traced to the input. */
    public int getIndex() { return index; }
    public Subject getSubject() { return subject; }
    public List<Child> getChildren() { return children; }
    public String getIndicator() { return indicator; }
    public ConcernContext getContext() { return context; }
    public LocalDate getIncidentDate() { return incidentDate; }
    public Boolean getInjury() { return injury; }
    /** Children living in the adult's household saw or heard the behaviour. */
    public Boolean getChildrenInHouseholdSawOrHeard() { return childrenInHouseholdSawOrHeard; }
    /** For contact with a child online or by message: the content was sexual. */
    public Boolean getSexualContent() { return sexualContent; }
    /** For contact with a child online or by message: the adult asked the child to keep it secret. */
    public Boolean getSecrecyRequested() { return secrecyRequested; }

    /** True only when the incident date is known and falls on or after the given ISO date (yyyy-mm-dd). */
    public boolean incidentOnOrAfter(String isoDate) {
        return incidentDate != null && !incidentDate.isBefore(LocalDate.parse(isoDate));
    }

    /** True only when the incident date is known and falls before the given ISO date (yyyy-mm-dd). */
    public boolean incidentBefore(String isoDate) {
        return incidentDate != null && incidentDate.isBefore(LocalDate.parse(isoDate));
    }

    @Override
    public String toString() {
        return "Concern " + index + " " + indicator;
    }
}

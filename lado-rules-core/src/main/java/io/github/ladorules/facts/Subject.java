package io.github.ladorules.facts;

import io.github.ladorules.Engagement;
import io.github.ladorules.Role;
import io.github.ladorules.Setting;
import java.time.LocalDate;

/** An adult the concern is about. */
public final class Subject {
    private final String ref;
    private final Role role;
    private final Setting setting;
    private final Engagement engagement;
    private final Boolean worksWithChildren;
    private final Boolean currentlyInRole;
    private final Boolean regulatedActivity;
    private final Boolean otherRolesWithChildren;
    private final Integer priorLowLevelConcerns;
    private final Integer priorReferrals;
    private final Boolean suppliedByAgency;
    private final Boolean hasCurrentEmployer;
    private final LocalDate suspendedOn;

    public Subject(String ref, Role role, Setting setting, Engagement engagement, Boolean worksWithChildren,
                   Boolean currentlyInRole, Boolean regulatedActivity, Boolean otherRolesWithChildren,
                   Integer priorLowLevelConcerns, Integer priorReferrals, Boolean suppliedByAgency,
                   Boolean hasCurrentEmployer, LocalDate suspendedOn) {
        this.ref = ref;
        this.role = role;
        this.setting = setting;
        this.engagement = engagement;
        this.worksWithChildren = worksWithChildren;
        this.currentlyInRole = currentlyInRole;
        this.regulatedActivity = regulatedActivity;
        this.otherRolesWithChildren = otherRolesWithChildren;
        this.priorLowLevelConcerns = priorLowLevelConcerns;
        this.priorReferrals = priorReferrals;
        this.suppliedByAgency = suppliedByAgency;
        this.hasCurrentEmployer = hasCurrentEmployer;
        this.suspendedOn = suspendedOn;
    }

    public String getRef() { return ref; }
    public Role getRole() { return role; }
    public Setting getSetting() { return setting; }
    public Engagement getEngagement() { return engagement; }
    public Boolean getWorksWithChildren() { return worksWithChildren; }
    public Boolean getCurrentlyInRole() { return currentlyInRole; }
    public Boolean getRegulatedActivity() { return regulatedActivity; }
    public Boolean getOtherRolesWithChildren() { return otherRolesWithChildren; }
    public Integer getPriorLowLevelConcerns() { return priorLowLevelConcerns; }
    public Integer getPriorReferrals() { return priorReferrals; }
    /** Supplied to the setting by an agency or employment business. */
    public Boolean getSuppliedByAgency() { return suppliedByAgency; }
    /** Has an employer or organisation now (false: self-employed with no organisation, or nobody engages them). */
    public Boolean getHasCurrentEmployer() { return hasCurrentEmployer; }
    /** The day the adult was suspended, where the case records one. */
    public LocalDate getSuspendedOn() { return suspendedOn; }

    @Override
    public String toString() {
        return "Subject " + ref;
    }
}

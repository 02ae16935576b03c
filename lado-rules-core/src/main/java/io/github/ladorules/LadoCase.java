package io.github.ladorules;

import java.time.LocalDate;
import java.util.List;

/**
 * A concern about one or more adults who work with children: the {@code lado-case/1} input.
 *
 * <p>It carries no names, only the host's opaque references. Every {@code Boolean}, {@code Integer} or date that
 * is {@code null} means <em>not known</em>, never false: the rules rest on the known facts and list the unknown ones
 * that could change a result as questions. Instances are validated against the published JSON Schema when they
 * are evaluated, so a record built in code gets the same checks as a file.
 */
public record LadoCase(
        String schema,
        String caseRef,
        LocalDate referralDate,
        List<Subject> subjects,
        List<Child> children,
        List<Concern> concerns,
        Circumstances circumstances) {

    public static final String SCHEMA = "lado-case/1";

    public LadoCase {
        subjects = subjects == null ? null : List.copyOf(subjects);
        children = children == null ? List.of() : List.copyOf(children);
        concerns = concerns == null ? null : List.copyOf(concerns);
        circumstances = circumstances == null ? Circumstances.UNKNOWN : circumstances;
    }

    /** An adult the concern is about. */
    public record Subject(
            String ref,
            Role role,
            Setting setting,
            Engagement engagement,
            Boolean worksWithChildren,
            Boolean currentlyInRole,
            Boolean regulatedActivity,
            Boolean otherRolesWithChildren,
            Integer priorLowLevelConcerns,
            Integer priorReferrals,
            Boolean suppliedByAgency,
            Boolean hasCurrentEmployer,
            LocalDate suspendedOn) {

        /** The adult as {@code lado-case/1} 1.1 described them, with no suspension recorded. */
        public Subject(String ref, Role role, Setting setting, Engagement engagement, Boolean worksWithChildren,
                       Boolean currentlyInRole, Boolean regulatedActivity, Boolean otherRolesWithChildren,
                       Integer priorLowLevelConcerns, Integer priorReferrals, Boolean suppliedByAgency,
                       Boolean hasCurrentEmployer) {
            this(ref, role, setting, engagement, worksWithChildren, currentlyInRole, regulatedActivity,
                    otherRolesWithChildren, priorLowLevelConcerns, priorReferrals, suppliedByAgency,
                    hasCurrentEmployer, null);
        }

        /** The adult as {@code lado-case/1} described them before 1.1 (agency and employer unknown). */
        public Subject(String ref, Role role, Setting setting, Engagement engagement, Boolean worksWithChildren,
                       Boolean currentlyInRole, Boolean regulatedActivity, Boolean otherRolesWithChildren,
                       Integer priorLowLevelConcerns, Integer priorReferrals) {
            this(ref, role, setting, engagement, worksWithChildren, currentlyInRole, regulatedActivity,
                    otherRolesWithChildren, priorLowLevelConcerns, priorReferrals, null, null, null);
        }
    }

    /**
     * A child the concern is about. {@code placedByAnotherAuthority}: the child was placed here (with a foster carer,
     * or in a children's home) by a local authority other than the one where the adult lives or works.
     */
    public record Child(String ref, Integer ageAtIncident, Boolean disabledOrSend, Boolean lookedAfter,
                        Boolean placedByAnotherAuthority) {

        /** The child as {@code lado-case/1} described them before 1.2 (placement unknown). */
        public Child(String ref, Integer ageAtIncident, Boolean disabledOrSend, Boolean lookedAfter) {
            this(ref, ageAtIncident, disabledOrSend, lookedAfter, null);
        }
    }

    /** One alleged behaviour by one adult, coded with an indicator from the edition's matrix. */
    public record Concern(
            String subject,
            List<String> children,
            String indicator,
            ConcernContext context,
            LocalDate incidentDate,
            Boolean injury,
            Boolean childrenInHouseholdSawOrHeard,
            Boolean sexualContent,
            Boolean secrecyRequested) {

        public Concern {
            children = children == null ? List.of() : List.copyOf(children);
        }

        /** The concern as {@code lado-case/1} described it before 1.1 (the later facts unknown). */
        public Concern(String subject, List<String> children, String indicator, ConcernContext context,
                       LocalDate incidentDate, Boolean injury) {
            this(subject, children, indicator, context, incidentDate, injury, null, null, null);
        }
    }

    /** Facts about the case as a whole. */
    public record Circumstances(
            Boolean childInImmediateDanger,
            Boolean significantHarmSuspected,
            Boolean evidenceShowsCouldNotHaveHappened) {

        public static final Circumstances UNKNOWN = new Circumstances(null, null, null);
    }
}

package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The search reads a case's unknown facts from its records; the oracle reads them from the case written as JSON. Both
 * must list the same facts, in the same order (the order questions are asked in), with the same trials and wording.
 */
class UnknownFactsTest {
    @Test
    void theRecordsAndTheJsonGiveTheSameUnknownFacts() {
        for (LadoCase lado : new GeneratedCases(7L, LocalDate.of(2014, 9, 1), LocalDate.of(2026, 12, 31))
                .valid(500, 3, 5)) {
            assertThat(UnknownFacts.of(lado)).as("case %s", lado.caseRef())
                    .isEqualTo(UnknownFacts.of(Json.JSON.valueToTree(lado), lado))
                    .isNotEmpty();
        }
    }

    @Test
    void aCaseWithEveryFactKnownHasNone() {
        LadoCase lado = LadoCodec.readCase("""
                {"schema":"lado-case/1","caseRef":"K","referralDate":"2024-02-14",
                 "subjects":[{"ref":"A","role":"TEACHER","setting":"SCHOOL","engagement":"EMPLOYED",
                   "worksWithChildren":true,"currentlyInRole":true,"regulatedActivity":true,
                   "otherRolesWithChildren":false,"priorLowLevelConcerns":0,"priorReferrals":0,
                   "suppliedByAgency":false,"hasCurrentEmployer":true}],
                 "children":[{"ref":"C","ageAtIncident":9,"disabledOrSend":false,"lookedAfter":false,
                   "placedByAnotherAuthority":false}],
                 "concerns":[{"subject":"A","children":["C"],"indicator":"PHY_ASSAULT","context":"AT_WORK",
                   "incidentDate":"2024-02-12","injury":false,"childrenInHouseholdSawOrHeard":false,
                   "sexualContent":false,"secrecyRequested":false}],
                 "circumstances":{"childInImmediateDanger":false,"significantHarmSuspected":false,
                   "evidenceShowsCouldNotHaveHappened":false}}""");
        assertThat(UnknownFacts.of(lado)).isEmpty();
        assertThat(UnknownFacts.of(Json.JSON.valueToTree(lado), lado)).isEmpty();
    }
}

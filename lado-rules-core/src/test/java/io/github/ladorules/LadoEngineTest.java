package io.github.ladorules;

import static io.github.ladorules.Cases.adult;
import static io.github.ladorules.Cases.child;
import static io.github.ladorules.Cases.concern;
import static io.github.ladorules.Cases.of;
import static io.github.ladorules.Cases.single;
import static io.github.ladorules.Cases.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine, read as a specification of what an officer gets back. */
class LadoEngineTest {
    private static final LadoEngine ENGINE = LadoEngine.builder().build();

    private static SubjectDecision onlySubject(Decision d) {
        assertThat(d.subjects()).hasSize(1);
        return d.subjects().get(0);
    }

    private static List<String> reasonIds(SubjectDecision s) {
        return s.reasons().stream().map(Reason::rule).toList();
    }

    private static List<ActionCode> actionCodes(SubjectDecision s) {
        return s.actions().stream().map(Action::code).toList();
    }

    @Test
    void anAssaultMeetsTheThresholdOnHarmAndAPossibleOffence() {
        SubjectDecision a = onlySubject(ENGINE.evaluate(single("2023-10-02", "PHY_ASSAULT")));
        assertThat(a.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(a.tier()).isEqualTo(4);
        assertThat(a.criteria()).containsExactly(Criterion.HARMED_CHILD, Criterion.POSSIBLE_CRIMINAL_OFFENCE);
        assertThat(a.route()).isEqualTo(Route.LADO_REFERRAL);
        assertThat(actionCodes(a)).containsExactlyInAnyOrder(ActionCode.CONSULT_POLICE, ActionCode.INFORM_LADO,
                ActionCode.INITIAL_EVALUATION_MEETING, ActionCode.CONSIDER_SUSPENSION_ALTERNATIVES,
                ActionCode.POST_ALLEGATION_MEETING, ActionCode.LOCAL_CONCLUSION_TARGET);
        assertThat(reasonIds(a)).containsExactly("SCOPE-WORKS-WITH-CHILDREN", "MTX-PHY-ASSAULT",
                "CRIT-HARMED", "CRIT-OFFENCE", "REC-MEETS", "ROUTE-LADO-REFERRAL");
    }

    @Test
    void everyReasonCarriesItsRuleIdTextAndCitation() {
        SubjectDecision a = onlySubject(ENGINE.evaluate(single("2023-10-02", "SEX_CONTACT")));
        assertThat(a.reasons()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.rule()).matches("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
            assertThat(r.text()).isNotBlank();
            assertThat(r.cite().document()).isNotBlank();
            assertThat(r.cite().paragraph()).isNotBlank();
            assertThat(r.cite().url()).startsWith("http");
        });
        assertThat(a.reasons().get(0).cite().document()).isEqualTo("Keeping children safe in education 2023 (September 2023)");
        assertThat(a.reasons().get(0).cite().paragraph()).isEqualTo("353");
    }

    @Test
    void sexualContactMeetsTheThresholdAtTierFiveWithThreeCriteria() {
        SubjectDecision a = onlySubject(ENGINE.evaluate(single("2021-10-01", "SEX_CONTACT")));
        assertThat(a.tier()).isEqualTo(5);
        assertThat(a.criteria()).containsExactly(Criterion.HARMED_CHILD, Criterion.POSSIBLE_CRIMINAL_OFFENCE,
                Criterion.RISK_OF_HARM_TO_CHILDREN);
        assertThat(actionCodes(a)).contains(ActionCode.STRATEGY_DISCUSSION, ActionCode.CONSULT_POLICE);
        assertThat(reasonIds(a)).contains("CRIT-RISK");
    }

    @Test
    void roughHandlingMayMeetTheThresholdAndSendsTheEmployerToConsult() {
        SubjectDecision a = onlySubject(ENGINE.evaluate(single("2022-03-01", "PHY_ROUGH_HANDLING")));
        assertThat(a.recommendation()).isEqualTo(Recommendation.MAY_MEET_THRESHOLD);
        assertThat(a.tier()).isEqualTo(3);
        assertThat(a.criteria()).containsExactly(Criterion.HARMED_CHILD);
        assertThat(a.route()).isEqualTo(Route.LADO_CONSULTATION);
        assertThat(actionCodes(a)).containsExactly(ActionCode.INFORM_LADO);
    }

    @Test
    void aDisabledChildRaisesRoughHandlingToMeetTheThreshold() {
        LadoCase lado = of("2022-03-01", List.of(teacher("A")),
                List.of(new LadoCase.Child("C1", 8, true, false)), List.of(concern("A", "PHY_ROUGH_HANDLING", "C1")),
                null);
        SubjectDecision a = onlySubject(ENGINE.evaluate(lado));
        assertThat(a.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(a.tier()).isEqualTo(4);
        assertThat(reasonIds(a)).contains("MOD-DISABLED-OR-SEND");
    }

    @Test
    void theSamePrivateLifeBehaviourIsOnlyMaybeIn2019ButMeetsTheFourthCriterionIn2021() {
        SubjectDecision in2019 = onlySubject(ENGINE.evaluate(single("2019-11-04", "TR_DOMESTIC_ABUSE")));
        SubjectDecision in2021 = onlySubject(ENGINE.evaluate(single("2021-11-04", "TR_DOMESTIC_ABUSE")));

        assertThat(in2019.recommendation()).isEqualTo(Recommendation.MAY_MEET_THRESHOLD);
        assertThat(in2019.criteria()).isEmpty();
        assertThat(in2019.transferableRisk()).isFalse();
        assertThat(reasonIds(in2019)).contains("MOD-NO-FOURTH-CRITERION");

        assertThat(in2021.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(in2021.criteria()).containsExactly(Criterion.UNSUITABLE_TO_WORK_WITH_CHILDREN);
        assertThat(in2021.transferableRisk()).isTrue();
        assertThat(actionCodes(in2021)).contains(ActionCode.TRANSFERABLE_RISK_ASSESSMENT);
        assertThat(reasonIds(in2021)).contains("CRIT-UNSUITABLE", "TRANSFERABLE-RISK");
    }

    @Test
    void overFriendlinessInASchoolIsALowLevelConcernFrom2021AndAConductMatterBefore() {
        SubjectDecision before = onlySubject(ENGINE.evaluate(single("2021-08-31", "LLC_OVER_FRIENDLY")));
        SubjectDecision after = onlySubject(ENGINE.evaluate(single("2021-09-01", "LLC_OVER_FRIENDLY")));
        assertThat(before.recommendation()).isEqualTo(Recommendation.DOES_NOT_MEET_THRESHOLD);
        assertThat(before.route()).isEqualTo(Route.EMPLOYER_CONDUCT_PROCESS);
        assertThat(after.recommendation()).isEqualTo(Recommendation.DOES_NOT_MEET_THRESHOLD);
        assertThat(after.route()).isEqualTo(Route.LOW_LEVEL_CONCERN);
        assertThat(actionCodes(after)).containsExactly(ActionCode.RECORD_LOW_LEVEL_CONCERN);
    }

    @Test
    void aComplaintAboutASanctionGoesToTheComplaintsProcess() {
        SubjectDecision a = onlySubject(ENGINE.evaluate(single("2024-01-10", "COMPLAINT_SERVICE")));
        assertThat(a.recommendation()).isEqualTo(Recommendation.DOES_NOT_MEET_THRESHOLD);
        assertThat(a.tier()).isEqualTo(1);
        assertThat(a.route()).isEqualTo(Route.COMPLAINTS_PROCESS);
        assertThat(a.criteria()).isEmpty();
        assertThat(a.actions()).isEmpty();
    }

    @Test
    void anAdultWhoDoesNotWorkWithChildrenIsNotALadoMatter() {
        LadoCase lado = of("2024-01-10", List.of(adult("A", Role.OTHER, Setting.OTHER, false, true)),
                List.of(child("C1", 12)), List.of(concern("A", "PHY_ASSAULT", "C1")), null);
        SubjectDecision a = onlySubject(ENGINE.evaluate(lado));
        assertThat(a.recommendation()).isEqualTo(Recommendation.NOT_A_LADO_MATTER);
        assertThat(a.route()).isEqualTo(Route.OTHER_SERVICE);
        assertThat(actionCodes(a)).containsExactly(ActionCode.CONSULT_POLICE);
    }

    @Test
    void anAdultWhoHasLeftTheRoleGoesToThePoliceAsANonRecentAllegation() {
        LadoCase lado = of("2024-01-10", List.of(adult("A", Role.TEACHER, Setting.SCHOOL, true, false)),
                List.of(child("C1", 12)), List.of(concern("A", "SEX_CONTACT", "C1")), null);
        SubjectDecision a = onlySubject(ENGINE.evaluate(lado));
        assertThat(a.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(a.route()).isEqualTo(Route.POLICE_NON_RECENT);
        assertThat(actionCodes(a)).contains(ActionCode.RECORD_WITH_LADO).doesNotContain(
                ActionCode.INITIAL_EVALUATION_MEETING, ActionCode.STRATEGY_DISCUSSION, ActionCode.INFORM_LADO);
    }

    @Test
    void anAdultWhoDidNotWorkWithChildrenInTheRoleIsOutsideTheProcessWhateverCurrentlyInRoleSays() {
        for (Boolean current : new Boolean[] {true, false, null}) {
            LadoCase lado = of("2024-01-10", List.of(adult("A", Role.OTHER, Setting.OTHER, false, current)),
                    List.of(child("C1", 12)), List.of(concern("A", "SEX_CONTACT", "C1")), null);
            assertThat(onlySubject(ENGINE.evaluate(lado)).recommendation()).as("currentlyInRole " + current)
                    .isEqualTo(Recommendation.NOT_A_LADO_MATTER);
        }
    }

    @Test
    void notKnowingWhetherTheAdultWorksWithChildrenGivesMayMeetNotMeets() {
        LadoCase lado = of("2024-01-10", List.of(adult("A", Role.VOLUNTEER, Setting.VOLUNTARY, null, null)),
                List.of(child("C1", 12)), List.of(concern("A", "PHY_ASSAULT", "C1")), null);
        SubjectDecision a = onlySubject(ENGINE.evaluate(lado));
        assertThat(a.recommendation()).isEqualTo(Recommendation.MAY_MEET_THRESHOLD);
        assertThat(reasonIds(a)).contains("REC-SCOPE-UNKNOWN");
    }

    @Test
    void twoAdultsMeetingTheThresholdCallForAComplexAbuseStrategyMeeting() {
        LadoCase lado = of("2023-11-20", List.of(teacher("A"), teacher("B"), teacher("C")),
                List.of(child("C1", 9)), List.of(concern("A", "PHY_ASSAULT", "C1"),
                        concern("B", "SEX_CONTACT", "C1"), concern("C", "LLC_FAVOURITISM", "C1")), null);
        Decision d = ENGINE.evaluate(lado);
        assertThat(d.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(d.subjects()).extracting(SubjectDecision::recommendation).containsExactly(
                Recommendation.MEETS_THRESHOLD, Recommendation.MEETS_THRESHOLD, Recommendation.DOES_NOT_MEET_THRESHOLD);
        assertThat(d.caseActions()).extracting(Action::code).containsExactly(ActionCode.COMPLEX_ABUSE_STRATEGY_MEETING);
    }

    @Test
    void theInitialEvaluationMeetingIsDueOnTheFifthWorkingDaySkippingBankHolidays() {
        // Friday 5 May 2023; Monday 8 May 2023 was the coronation bank holiday.
        SubjectDecision a = onlySubject(ENGINE.evaluate(single("2023-05-05", "PHY_ASSAULT")));
        assertThat(a.actions()).filteredOn(x -> x.code() == ActionCode.INITIAL_EVALUATION_MEETING)
                .extracting(Action::due).containsExactly(LocalDate.of(2023, 5, 15));
        assertThat(a.actions()).filteredOn(x -> x.code() == ActionCode.INFORM_LADO)
                .extracting(Action::due).containsExactly(LocalDate.of(2023, 5, 9));
    }

    @Test
    void aLocalProfileChangesTheMeetingDeadline() {
        LadoEngine local = LadoEngine.builder().profile(new LocalProfile(3, 1, 3)).build();
        SubjectDecision a = onlySubject(local.evaluate(single("2023-05-05", "PHY_ASSAULT")));
        assertThat(a.actions()).filteredOn(x -> x.code() == ActionCode.INITIAL_EVALUATION_MEETING)
                .extracting(Action::due).containsExactly(LocalDate.of(2023, 5, 11));
    }

    @Test
    void theEditionIsChosenByTheReferralDateAndNamedWithItsHash() {
        assertThat(ENGINE.evaluate(single("2014-04-03", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2014");
        assertThat(ENGINE.evaluate(single("2016-09-04", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2015");
        assertThat(ENGINE.evaluate(single("2016-09-05", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2016");
        assertThat(ENGINE.evaluate(single("2020-08-31", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2016");
        assertThat(ENGINE.evaluate(single("2020-09-01", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2020");
        assertThat(ENGINE.evaluate(single("2021-09-01", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2021");
        assertThat(ENGINE.evaluate(single("2023-08-31", "PHY_ASSAULT")).edition().id()).isEqualTo("kcsie-2021");
        EditionRef current = ENGINE.evaluate(single("2023-09-01", "PHY_ASSAULT")).edition();
        assertThat(current.id()).isEqualTo("kcsie-2023");
        assertThat(current.version()).isEqualTo("2.2.2");
        assertThat(current.rulesSha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void anEditionCanBePinnedToReplayAnOldDecision() {
        Decision pinned = ENGINE.evaluate(single("2024-01-10", "TR_DOMESTIC_ABUSE"), "kcsie-2016");
        assertThat(pinned.edition().id()).isEqualTo("kcsie-2016");
        assertThat(pinned.recommendation()).isEqualTo(Recommendation.MAY_MEET_THRESHOLD);
    }

    @Test
    void aReferralBeforeTheFirstEditionIsAnInputError() {
        assertThatThrownBy(() -> ENGINE.evaluate(single("2014-04-02", "PHY_ASSAULT")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("referralDate")
                .hasMessageContaining("kcsie-2014");
    }

    @Test
    void anUnknownPinnedEditionIsAnInputErrorListingTheEditions() {
        assertThatThrownBy(() -> ENGINE.evaluate(single("2024-01-10", "PHY_ASSAULT"), "kcsie-2099"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("kcsie-2099").hasMessageContaining("kcsie-2023");
    }

    @Test
    void theSameCaseGivesByteIdenticalJson() {
        LadoCase lado = single("2022-02-02", "GROOMING_BEHAVIOUR");
        String first = LadoCodec.toJson(ENGINE.evaluate(lado));
        String second = LadoCodec.toJson(LadoEngine.builder().build().evaluate(lado));
        assertThat(second).isEqualTo(first);
        assertThat(first).contains("\"notice\" : \"Decision support only. The designated officer makes the decision.\"");
    }

    @Test
    void everyShippedEditionListsItsRulesWithIdTextAndCitation() {
        assertThat(ENGINE.editions()).extracting(EditionInfo::id)
                .containsExactly("kcsie-2014", "kcsie-2015", "kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023");
        for (EditionInfo e : ENGINE.editions()) {
            assertThat(ENGINE.rules(e.id())).isNotEmpty().allSatisfy(r -> {
                assertThat(r.id()).isNotBlank();
                assertThat(r.text()).isNotBlank();
                assertThat(r.cite().paragraph()).isNotBlank();
                assertThat(r.file()).matches(".*(\\.drl|-matrix\\.yaml)");
                assertThat(r.line()).isPositive();
            });
        }
    }

    @Test
    void everyEditionHasAMatrixRowForEveryIndicatorCodeTheSchemaAllows() throws Exception {
        var schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree(java.nio.file.Path.of(
                System.getProperty("lado.repository"), "schemas/lado-case-1.schema.json").toFile());
        List<String> codes = new java.util.ArrayList<>();
        schema.path("$defs").path("concern").path("properties").path("indicator").path("enum")
                .forEach(code -> codes.add(code.asText()));
        assertThat(codes).hasSize(32);
        for (EditionInfo edition : ENGINE.editions()) {
            for (String code : codes) {
                Decision d = ENGINE.evaluate(single(edition.inForceFrom().toString(), code), edition.id());
                assertThat(d.subjects().get(0).reasons()).as(edition.id() + " " + code)
                        .anySatisfy(r -> assertThat(r.rule()).startsWith("MTX-"));
            }
        }
    }
}

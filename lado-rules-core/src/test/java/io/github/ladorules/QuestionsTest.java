package io.github.ladorules;

import static io.github.ladorules.Cases.child;
import static io.github.ladorules.Cases.of;
import static io.github.ladorules.Cases.teacher;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Unknown facts become questions exactly when their answer could change an adult's result. */
class QuestionsTest {
    private static final LadoEngine ENGINE = LadoEngine.builder().build();
    private static final LadoCase.Circumstances KNOWN = new LadoCase.Circumstances(false, false, false);

    private static LadoCase.Concern concern(String subject, String indicator, String date, Boolean injury) {
        return new LadoCase.Concern(subject, List.of("C1"), indicator, ConcernContext.AT_WORK,
                date == null ? null : LocalDate.parse(date), injury);
    }

    private static List<String> fields(SubjectDecision s) {
        return s.questions().stream().map(Question::field).toList();
    }

    @Test
    void anUnknownInjuryIsAskedAboutButNotAssumed() {
        SubjectDecision a = ENGINE.evaluate(of("2024-01-10", List.of(teacher("A")), List.of(child("C1", 10)),
                List.of(concern("A", "PHY_ASSAULT", "2024-01-09", null)), KNOWN)).subjects().get(0);
        assertThat(a.tier()).isEqualTo(4);
        assertThat(a.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(fields(a)).containsExactly("concerns[0].injury");
        assertThat(a.questions().get(0).text()).isEqualTo("Was the child injured?");
    }

    @Test
    void aKnownCaseHasNoQuestions() {
        SubjectDecision a = ENGINE.evaluate(of("2024-01-10", List.of(teacher("A")), List.of(child("C1", 10)),
                List.of(concern("A", "PHY_ASSAULT", "2024-01-09", false)), KNOWN)).subjects().get(0);
        assertThat(a.questions()).isEmpty();
    }

    @Test
    void anUnknownThatNoRuleUsesIsNotAsked() {
        LadoCase.Subject unknownRegulated = new LadoCase.Subject("A", Role.TEACHER, Setting.SCHOOL,
                Engagement.EMPLOYED, true, true, null, false, 0, null);
        SubjectDecision a = ENGINE.evaluate(of("2024-01-10", List.of(unknownRegulated), List.of(child("C1", 10)),
                List.of(concern("A", "PHY_ASSAULT", "2024-01-09", false)), KNOWN)).subjects().get(0);
        assertThat(fields(a)).doesNotContain("subjects[0].regulatedActivity", "subjects[0].priorReferrals");
    }

    @Test
    void aLowLevelConcernWithUnknownEarlierConcernsIsMayMeetNeverAFlatNo() {
        LadoCase.Subject unknownHistory = new LadoCase.Subject("A", Role.TEACHER, Setting.SCHOOL,
                Engagement.EMPLOYED, true, true, true, false, null, 0);
        SubjectDecision a = ENGINE.evaluate(of("2024-01-10", List.of(unknownHistory), List.of(child("C1", 10)),
                List.of(concern("A", "LLC_OVER_FRIENDLY", "2024-01-09", null)), KNOWN)).subjects().get(0);
        assertThat(a.recommendation()).isEqualTo(Recommendation.MAY_MEET_THRESHOLD);
        assertThat(a.route()).isEqualTo(Route.LADO_CONSULTATION);
        assertThat(a.tier()).isEqualTo(2);
        assertThat(a.reasons()).extracting(Reason::rule).contains("REC-UNKNOWN-COULD-MEET");
        assertThat(fields(a)).containsExactly("subjects[0].priorLowLevelConcerns");
    }

    @Test
    void theSameLowLevelConcernWithAKnownCleanHistoryDoesNotMeetTheThreshold() {
        SubjectDecision a = ENGINE.evaluate(of("2024-01-10", List.of(teacher("A")), List.of(child("C1", 10)),
                List.of(concern("A", "LLC_OVER_FRIENDLY", "2024-01-09", null)), KNOWN)).subjects().get(0);
        assertThat(a.recommendation()).isEqualTo(Recommendation.DOES_NOT_MEET_THRESHOLD);
        assertThat(a.route()).isEqualTo(Route.LOW_LEVEL_CONCERN);
        assertThat(a.questions()).isEmpty();
    }

    @Test
    void aCoachWithAnUnknownIncidentDateIsAskedWhenItHappenedAndNotAssumedToHaveOffended() {
        LadoCase.Subject coach = new LadoCase.Subject("A", Role.SPORTS_COACH, Setting.SPORT, Engagement.VOLUNTEER,
                true, true, true, false, 0, 0);
        SubjectDecision a = ENGINE.evaluate(of("2023-02-01", List.of(coach), List.of(child("C1", 16)),
                List.of(concern("A", "SEX_RELATIONSHIP_TRUST", null, null)), KNOWN)).subjects().get(0);
        assertThat(a.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(a.criteria()).containsExactly(Criterion.RISK_OF_HARM_TO_CHILDREN);
        assertThat(fields(a)).contains("concerns[0].incidentDate");
    }

    @Test
    void unknownCircumstancesThatWouldAddUrgentActionsAreAsked() {
        SubjectDecision a = ENGINE.evaluate(of("2024-01-10", List.of(teacher("A")), List.of(child("C1", 10)),
                List.of(concern("A", "PHY_ASSAULT", "2024-01-09", false)), null)).subjects().get(0);
        assertThat(fields(a)).contains("circumstances.childInImmediateDanger",
                "circumstances.significantHarmSuspected", "circumstances.evidenceShowsCouldNotHaveHappened");
    }

    @Test
    void aQuestionIsAskedOnlyForTheAdultItConcerns() {
        LadoCase lado = of("2024-01-10", List.of(teacher("A"), teacher("B")), List.of(child("C1", 10)),
                List.of(concern("A", "PHY_ASSAULT", "2024-01-09", null), concern("B", "COMPLAINT_SERVICE",
                        "2024-01-09", false)), KNOWN);
        Decision d = ENGINE.evaluate(lado);
        assertThat(fields(d.subject("A").orElseThrow())).containsExactly("concerns[0].injury");
        assertThat(d.subject("B").orElseThrow().questions()).isEmpty();
    }

    @Test
    void aSuspensionDateIsNeverAskedBecauseItOnlyDatesAnAction() {
        LadoCase lado = of("2019-01-10", List.of(teacher("A")), List.of(child("C1", 10)),
                List.of(concern("A", "PHY_ASSAULT", "2019-01-09", true)), KNOWN);
        Decision d = ENGINE.evaluate(lado);
        assertThat(fields(d.subject("A").orElseThrow())).doesNotContain("subjects[0].suspendedOn");
    }

    @Test
    void everyFactTheSchemaAllowsToBeUnknownHasAQuestionOrIsMarkedNeverAsked() throws Exception {
        var repository = java.nio.file.Path.of(System.getProperty("lado.repository"));
        var schema = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(repository.resolve("schemas/lado-case-1.schema.json").toFile());
        var wording = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(repository.resolve("schemas/lado-case-1.questions.yaml").toFile());
        int nullable = 0;
        for (var definition : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                schema.path("$defs")::fields) {
            for (var property : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>)
                    definition.getValue().path("properties")::fields) {
                var type = property.getValue().path("type").toString();
                if (type.contains("null") && !type.contains("array")) {
                    nullable++;
                    var question = wording.path(definition.getKey()).path(property.getKey());
                    if (question.isNull()) {
                        continue; // marked never asked
                    }
                    assertThat(question.asText()).as(definition.getKey() + "." + property.getKey()).endsWith("?");
                }
            }
        }
        assertThat(nullable).isEqualTo(21);
    }
}

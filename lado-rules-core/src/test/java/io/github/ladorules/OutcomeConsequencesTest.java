package io.github.ladorules;

import static io.github.ladorules.Investigations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What follows each outcome, edition by edition: each consequence with the rule that decided it. */
class OutcomeConsequencesTest {
    private static final List<String> EDITIONS = List.of("kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023");

    // --- the personnel record ---

    @ParameterizedTest(name = "{0}: {1} is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kcsie-2016 | SUBSTANTIATED   | KEEP                  | OUT-RECORD-KEEP
            kcsie-2016 | MALICIOUS       | REMOVE                | OUT-RECORD-REMOVE
            kcsie-2016 | FALSE           | KEEP                  | OUT-RECORD-KEEP
            kcsie-2016 | UNSUBSTANTIATED | KEEP                  | OUT-RECORD-KEEP
            kcsie-2020 | MALICIOUS       | REMOVE                | OUT-RECORD-REMOVE
            kcsie-2020 | FALSE           | KEEP                  | OUT-RECORD-KEEP
            kcsie-2021 | SUBSTANTIATED   | KEEP                  | OUT-RECORD-KEEP
            kcsie-2021 | MALICIOUS       | REMOVE_UNLESS_CONSENT | OUT-RECORD-REMOVE-UNLESS-CONSENT
            kcsie-2021 | FALSE           | REMOVE_UNLESS_CONSENT | OUT-RECORD-REMOVE-UNLESS-CONSENT
            kcsie-2021 | UNSUBSTANTIATED | KEEP                  | OUT-RECORD-KEEP
            kcsie-2021 | UNFOUNDED       | KEEP                  | OUT-RECORD-KEEP
            kcsie-2023 | MALICIOUS       | REMOVE_UNLESS_CONSENT | OUT-RECORD-REMOVE-UNLESS-CONSENT
            kcsie-2023 | FALSE           | REMOVE_UNLESS_CONSENT | OUT-RECORD-REMOVE-UNLESS-CONSENT
            kcsie-2023 | UNFOUNDED       | KEEP                  | OUT-RECORD-KEEP
            """)
    void the_record_is_kept_with_a_retention_date_or_removed_without_one(String edition, Outcome outcome,
                                                                        PersonnelRecord record, String rule) {
        OutcomeDecision decision = Investigations.thatFound(outcome).under(edition);

        assertThat(decision.consequences().personnelRecord()).isEqualTo(record);
        assertThat(ruleIds(decision)).contains(rule);
        if (record == PersonnelRecord.KEEP) {
            assertThat(decision.consequences().retainUntil()).isNotNull();
            assertThat(ruleIds(decision)).contains("OUT-RECORD-RETENTION");
        } else {
            assertThat(decision.consequences().retainUntil()).isNull();
            assertThat(ruleIds(decision)).doesNotContain("OUT-RECORD-RETENTION");
        }
    }

    @ParameterizedTest(name = "born {0}, alleged {1}: kept until {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            1981-07-02 | 2023-09-28 | 2049-07-02 | state pension age (68) is later than ten years
            1958-05-01 | 2020-01-10 | 2030-01-10 | ten years is later than state pension age (66, 2024-05-01)
            1964-02-29 | 2015-06-01 | 2031-03-01 | a 29 February birthday: 67 on 1 March 2031, later than ten years
            1950-01-15 | 2024-02-29 | 2034-03-01 | ten years from 29 February 2024 ends on 1 March 2034
            1953-06-10 | 2007-01-02 | 2018-06-10 | born before 6 December 1953: men's 65, not women's 2017-03-06
            1954-10-06 | 2010-10-06 | 2020-10-06 | pension age and ten years fall on the same day
            """)
    void a_kept_record_is_retained_until_the_later_of_pension_age_and_ten_years(LocalDate born, LocalDate alleged,
                                                                               LocalDate until, String why) {
        OutcomeDecision decision = Investigations.finding(Evidence.PROVES).bornOn(born).allegedOn(alleged)
                .referredOn(alleged.plusDays(1)).under("kcsie-2023");

        assertThat(decision.consequences().retainUntil()).as(why).isEqualTo(until);
    }

    @Test
    void for_an_adult_born_before_6_december_1953_the_reasons_state_the_assumption_about_sex() {
        OutcomeDecision older = Investigations.finding(Evidence.PROVES).bornOn(LocalDate.of(1953, 12, 5))
                .under("kcsie-2021");
        OutcomeDecision younger = Investigations.finding(Evidence.PROVES).bornOn(LocalDate.of(1953, 12, 6))
                .under("kcsie-2021");

        assertThat(older.reasons()).filteredOn(r -> r.rule().equals("OUT-RECORD-PENSION-AGE-SEX"))
                .singleElement().satisfies(r -> assertThat(r.text()).contains("records no sex").contains("men's"));
        assertThat(ruleIds(younger)).doesNotContain("OUT-RECORD-PENSION-AGE-SEX");
    }

    @Test
    void no_assumption_about_sex_is_stated_when_the_record_is_removed() {
        OutcomeDecision decision = Investigations.disproved(true).bornOn(LocalDate.of(1950, 1, 1)).under("kcsie-2016");

        assertThat(ruleIds(decision)).doesNotContain("OUT-RECORD-PENSION-AGE-SEX");
    }

    // --- references ---

    @ParameterizedTest
    @EnumSource(Outcome.class)
    void only_a_substantiated_allegation_may_be_mentioned_in_references(Outcome outcome) {
        for (String edition : EDITIONS) {
            if (outcome == Outcome.UNFOUNDED && edition.compareTo("kcsie-2021") < 0) {
                continue; // no unfounded outcome before 2021
            }
            OutcomeDecision decision = Investigations.thatFound(outcome).under(edition);
            boolean substantiated = outcome == Outcome.SUBSTANTIATED;

            assertThat(decision.consequences().mentionInReferences()).as(edition).isEqualTo(substantiated);
            assertThat(ruleIds(decision)).as(edition).contains(
                    substantiated ? "OUT-REFERENCE-MAY-MENTION" : "OUT-REFERENCE-NO-MENTION");
        }
    }

    // --- the DBS ---

    @ParameterizedTest(name = "{0}, {1}, regulated activity {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            SUBSTANTIATED   | DISMISSED     | true  | DUTY     | OUT-DBS-DUTY
            SUBSTANTIATED   | RESIGNED      | true  | DUTY     | OUT-DBS-DUTY
            SUBSTANTIATED   | CEASED_TO_USE | true  | DUTY     | OUT-DBS-DUTY
            SUBSTANTIATED   | DISMISSED     | null  | CONSIDER | OUT-DBS-REGULATED-ACTIVITY-UNKNOWN
            SUBSTANTIATED   | RESIGNED      | false | CONSIDER | OUT-DBS-NOT-REGULATED-ACTIVITY
            SUBSTANTIATED   | REMAINS       | true  | CONSIDER | OUT-DBS-STILL-EMPLOYED
            SUBSTANTIATED   | REMAINS       | null  | CONSIDER | OUT-DBS-STILL-EMPLOYED
            SUBSTANTIATED   | NOT_EMPLOYED  | null  | CONSIDER | OUT-DBS-NOT-EMPLOYED
            UNSUBSTANTIATED | DISMISSED     | true  | NONE     | OUT-DBS-NONE
            MALICIOUS       | RESIGNED      | true  | NONE     | OUT-DBS-NONE
            FALSE           | CEASED_TO_USE | null  | NONE     | OUT-DBS-NONE
            """)
    void a_dbs_referral_is_a_duty_only_when_a_substantiated_adult_left_regulated_activity(Outcome outcome,
            Employment employment, Boolean regulatedActivity, DbsReferral referral, String rule) {
        for (String edition : EDITIONS) {
            OutcomeDecision decision = Investigations.thatFound(outcome).employment(employment)
                    .regulatedActivity(regulatedActivity).under(edition);

            assertThat(decision.consequences().dbsReferral()).as(edition).isEqualTo(referral);
            assertThat(ruleIds(decision)).as(edition).contains(rule);
        }
    }

    // --- the TRA ---

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            TEACHER            | SUBSTANTIATED   | CONSIDER | OUT-TRA-CONSIDER
            SUPPLY_TEACHER     | SUBSTANTIATED   | CONSIDER | OUT-TRA-CONSIDER
            TEACHING_ASSISTANT | SUBSTANTIATED   | NONE     | OUT-TRA-NOT-A-TEACHER
            SPORTS_COACH       | SUBSTANTIATED   | NONE     | OUT-TRA-NOT-A-TEACHER
            TEACHER            | UNSUBSTANTIATED | NONE     | OUT-TRA-NONE
            TEACHER            | MALICIOUS       | NONE     | OUT-TRA-NONE
            """)
    void a_tra_referral_is_considered_for_a_teacher_whose_allegation_is_substantiated(Role role, Outcome outcome,
                                                                                     TraReferral referral, String rule) {
        for (String edition : EDITIONS) {
            OutcomeDecision decision = Investigations.thatFound(outcome).role(role).under(edition);

            assertThat(decision.consequences().traReferral()).as(edition).isEqualTo(referral);
            assertThat(ruleIds(decision)).as(edition).contains(rule);
        }
    }

    // --- follow-up actions ---

    @ParameterizedTest
    @EnumSource(value = Outcome.class, names = {"MALICIOUS", "FALSE", "UNSUBSTANTIATED", "UNFOUNDED"})
    void after_any_outcome_but_substantiated_consider_help_for_the_child(Outcome outcome) {
        for (String edition : EDITIONS) {
            if (outcome == Outcome.UNFOUNDED && edition.compareTo("kcsie-2021") < 0) {
                continue;
            }
            assertThat(Investigations.thatFound(outcome).under(edition).consequences().actions()).as(edition)
                    .contains(OutcomeAction.CONSIDER_HELP_FOR_CHILD);
        }
    }

    @Test
    void before_2021_help_after_a_false_allegation_is_the_cautious_reading_and_says_so() {
        OutcomeDecision decision = Investigations.disproved(false).under("kcsie-2016");

        assertThat(decision.consequences().actions()).contains(OutcomeAction.CONSIDER_HELP_FOR_CHILD);
        assertThat(ruleIds(decision)).contains("OUT-ACT-HELP-AFTER-FALSE")
                .doesNotContain("OUT-ACT-HELP-FOR-CHILD");
    }

    @Test
    void after_a_substantiated_allegation_there_is_a_learning_review_and_no_help_for_child_action() {
        for (String edition : EDITIONS) {
            OutcomeDecision decision = Investigations.finding(Evidence.PROVES).under(edition);

            assertThat(decision.consequences().actions()).as(edition).containsExactly(OutcomeAction.LEARNING_REVIEW);
            assertThat(ruleIds(decision)).as(edition).contains("OUT-ACT-LEARNING-REVIEW");
        }
    }

    @ParameterizedTest(name = "made by {0}")
    @CsvSource({"PUPIL, OUT-ACT-PUPIL-DISCIPLINE, OUT-ACT-ASK-POLICE", "PARENT, OUT-ACT-ASK-POLICE, OUT-ACT-PUPIL-DISCIPLINE",
            "COLLEAGUE, OUT-ACT-ASK-POLICE, OUT-ACT-PUPIL-DISCIPLINE", "OTHER, OUT-ACT-ASK-POLICE, OUT-ACT-PUPIL-DISCIPLINE"})
    void a_malicious_allegation_leads_to_considering_action_against_whoever_made_it(MadeBy maker, String rule,
                                                                                   String otherRule) {
        for (String edition : EDITIONS) {
            OutcomeDecision decision = Investigations.disproved(true).madeBy(maker).under(edition);

            assertThat(decision.consequences().actions()).as(edition)
                    .containsExactly(OutcomeAction.CONSIDER_HELP_FOR_CHILD, OutcomeAction.CONSIDER_ACTION_AGAINST_MAKER);
            assertThat(ruleIds(decision)).as(edition).contains(rule)
                    .doesNotContain(otherRule);
        }
    }

    @Test
    void a_false_allegation_does_not_lead_to_action_against_whoever_made_it() {
        for (String edition : EDITIONS) {
            assertThat(Investigations.disproved(false).under(edition).consequences().actions()).as(edition)
                    .doesNotContain(OutcomeAction.CONSIDER_ACTION_AGAINST_MAKER);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kcsie-2021", "kcsie-2023"})
    void from_2021_records_of_a_sexual_abuse_allegation_are_preserved_whatever_the_outcome(String edition) {
        for (Outcome outcome : Outcome.values()) {
            OutcomeDecision sexual = Investigations.thatFound(outcome).sexual().under(edition);
            OutcomeDecision notSexual = Investigations.thatFound(outcome).under(edition);

            assertThat(sexual.consequences().actions()).as("%s %s", edition, outcome)
                    .contains(OutcomeAction.PRESERVE_RECORDS);
            assertThat(notSexual.consequences().actions()).as("%s %s", edition, outcome)
                    .doesNotContain(OutcomeAction.PRESERVE_RECORDS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kcsie-2016", "kcsie-2020"})
    void before_2021_no_edition_asks_to_preserve_records(String edition) {
        assertThat(Investigations.disproved(true).sexual().under(edition).consequences().actions())
                .doesNotContain(OutcomeAction.PRESERVE_RECORDS);
    }

    // --- the whole decision ---

    @Test
    void the_spec_example_a_malicious_allegation_by_a_pupil_under_kcsie_2021() {
        OutcomeDecision decision = TestEngine.ENGINE.classify(LadoCodec.readOutcome(OutcomeInputTest.SPEC_EXAMPLE));

        assertThat(decision.edition().id()).isEqualTo("kcsie-2021");
        assertThat(decision.outcome()).isEqualTo(Outcome.MALICIOUS);
        assertThat(decision.consequences()).isEqualTo(new Consequences(PersonnelRecord.REMOVE_UNLESS_CONSENT, null,
                false, DbsReferral.NONE, TraReferral.NONE,
                List.of(OutcomeAction.CONSIDER_HELP_FOR_CHILD, OutcomeAction.CONSIDER_ACTION_AGAINST_MAKER)));
        assertThat(ruleIds(decision)).containsExactly(
                "OUT-CLASS-MALICIOUS",
                "OUT-RECORD-REMOVE-UNLESS-CONSENT",
                "OUT-REFERENCE-NO-MENTION",
                "OUT-DBS-NONE",
                "OUT-TRA-NONE",
                "OUT-ACT-HELP-FOR-CHILD",
                "OUT-ACT-PUPIL-DISCIPLINE");
        assertThat(decision.notice()).isEqualTo("Decision support only. The designated officer makes the decision.");
    }

    @Test
    void every_reason_has_text_and_a_citation_and_the_definition_is_not_repeated_among_them() {
        for (String edition : EDITIONS) {
            OutcomeDecision decision = Investigations.finding(Evidence.PROVES).bornOn(LocalDate.of(1950, 1, 1))
                    .sexual().under(edition);

            assertThat(decision.reasons()).as(edition).allSatisfy(r -> {
                assertThat(r.text()).isNotBlank();
                assertThat(r.cite().document()).isNotBlank();
                assertThat(r.cite().paragraph()).isNotBlank();
                assertThat(r.cite().url()).startsWith("http");
                assertThat(r.rule()).doesNotStartWith("OUT-DEF-");
            });
        }
    }
}

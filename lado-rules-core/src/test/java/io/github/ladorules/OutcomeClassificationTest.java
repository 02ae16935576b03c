package io.github.ladorules;

import static io.github.ladorules.Investigations.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the evidence showed becomes one outcome of the edition, with that edition's definition and citation. */
class OutcomeClassificationTest {

    @ParameterizedTest(name = "{0}: {1} (deception {2}) is {3}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            # edition  | evidence     | deception | outcome         | classifying rule                  | cited document                                 | paragraph
            kcsie-2016 | PROVES       | null      | SUBSTANTIATED   | OUT-CLASS-SUBSTANTIATED   | Keeping children safe in education, September 2016         | 150
            kcsie-2016 | DISPROVES    | true      | MALICIOUS       | OUT-CLASS-MALICIOUS       | Keeping children safe in education, September 2016         | 150
            kcsie-2016 | DISPROVES    | false     | FALSE           | OUT-CLASS-FALSE           | Keeping children safe in education, September 2016         | 150
            kcsie-2016 | INSUFFICIENT | null      | UNSUBSTANTIATED | OUT-CLASS-UNSUBSTANTIATED | Keeping children safe in education, September 2016         | 150
            kcsie-2020 | PROVES       | null      | SUBSTANTIATED   | OUT-CLASS-SUBSTANTIATED   | Keeping children safe in education 2020 (September 2020)   | Part four
            kcsie-2020 | DISPROVES    | true      | MALICIOUS       | OUT-CLASS-MALICIOUS       | Keeping children safe in education 2020 (September 2020)   | Part four
            kcsie-2020 | DISPROVES    | false     | FALSE           | OUT-CLASS-FALSE           | Keeping children safe in education 2020 (September 2020)   | Part four
            kcsie-2020 | INSUFFICIENT | null      | UNSUBSTANTIATED | OUT-CLASS-UNSUBSTANTIATED | Keeping children safe in education 2020 (September 2020)   | Part four
            kcsie-2021 | PROVES       | null      | SUBSTANTIATED   | OUT-CLASS-SUBSTANTIATED   | Keeping children safe in education 2021 (September 2021)   | 381
            kcsie-2021 | DISPROVES    | true      | MALICIOUS       | OUT-CLASS-MALICIOUS       | Keeping children safe in education 2021 (September 2021)   | 381
            kcsie-2021 | DISPROVES    | false     | FALSE           | OUT-CLASS-FALSE           | Keeping children safe in education 2021 (September 2021)   | 381
            kcsie-2021 | INSUFFICIENT | null      | UNSUBSTANTIATED | OUT-CLASS-UNSUBSTANTIATED | Keeping children safe in education 2021 (September 2021)   | 381
            kcsie-2021 | NO_BASIS     | null      | UNFOUNDED       | OUT-CLASS-UNFOUNDED       | Keeping children safe in education 2021 (September 2021)   | 381
            kcsie-2023 | PROVES       | null      | SUBSTANTIATED   | OUT-CLASS-SUBSTANTIATED   | Keeping children safe in education 2023 (September 2023)   | Part four
            kcsie-2023 | DISPROVES    | true      | MALICIOUS       | OUT-CLASS-MALICIOUS       | Keeping children safe in education 2023 (September 2023)   | Part four
            kcsie-2023 | DISPROVES    | false     | FALSE           | OUT-CLASS-FALSE           | Keeping children safe in education 2023 (September 2023)   | Part four
            kcsie-2023 | INSUFFICIENT | null      | UNSUBSTANTIATED | OUT-CLASS-UNSUBSTANTIATED | Keeping children safe in education 2023 (September 2023)   | Part four
            kcsie-2023 | NO_BASIS     | null      | UNFOUNDED       | OUT-CLASS-UNFOUNDED       | Keeping children safe in education 2023 (September 2023)   | Part four
            """)
    void each_finding_gets_one_outcome_defined_in_the_editions_words(String edition, Evidence evidence,
            Boolean deception, Outcome outcome, String rule, String document, String paragraph) {
        Investigations input = evidence == Evidence.DISPROVES ? Investigations.disproved(deception)
                : Investigations.finding(evidence);

        OutcomeDecision decision = input.under(edition);

        assertThat(decision.outcome()).isEqualTo(outcome);
        assertThat(ruleIds(decision)).first().isEqualTo(rule);
        assertThat(decision.definition().text()).startsWith(capitalised(outcome) + ": ");
        assertThat(decision.definition().cite().document()).isEqualTo(document);
        assertThat(decision.definition().cite().paragraph()).isEqualTo(paragraph);
        assertThat(decision.edition().id()).isEqualTo(edition);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kcsie-2016, OUT-CLASS-NO-BASIS", "kcsie-2020, OUT-CLASS-NO-BASIS"})
    void without_unfounded_an_allegation_with_no_basis_is_unsubstantiated_and_the_reason_says_why(String edition,
                                                                                                 String rule) {
        OutcomeDecision decision = Investigations.finding(Evidence.NO_BASIS).under(edition);

        assertThat(decision.outcome()).isEqualTo(Outcome.UNSUBSTANTIATED);
        assertThat(decision.reasons()).first().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo(rule);
            assertThat(reason.text()).contains("'unfounded'").contains("not false").contains("unsubstantiated");
        });
        assertThat(decision.definition().text()).startsWith("Unsubstantiated: ");
    }

    @Test
    void deception_not_established_is_false_not_malicious() {
        assertThat(Investigations.disproved(null).under("kcsie-2023").outcome()).isEqualTo(Outcome.FALSE);
    }

    @Test
    void from_2021_a_malicious_allegation_may_also_be_one_meant_to_harm_the_adult() {
        assertThat(Investigations.disproved(true).under("kcsie-2020").definition().text())
                .doesNotContain("harm");
        assertThat(Investigations.disproved(true).under("kcsie-2021").definition().text())
                .contains("or to cause harm to the person the allegation is about");
    }

    @ParameterizedTest(name = "referred {0}: {1}")
    @CsvSource({"2014-04-03, kcsie-2014", "2015-03-26, kcsie-2015", "2016-09-04, kcsie-2015", "2016-09-05, kcsie-2016",
            "2020-08-31, kcsie-2016", "2020-09-01, kcsie-2020", "2021-09-01, kcsie-2021", "2023-08-31, kcsie-2021",
            "2023-09-01, kcsie-2023"})
    void the_referral_date_selects_the_edition(LocalDate referred, String edition) {
        OutcomeCase input = Investigations.finding(Evidence.PROVES).allegedOn(referred.minusDays(3))
                .referredOn(referred).build();

        assertThat(TestEngine.ENGINE.classify(input).edition().id()).isEqualTo(edition);
    }

    @Test
    void a_referral_before_the_first_edition_is_rejected() {
        OutcomeCase input = Investigations.finding(Evidence.PROVES).allegedOn(LocalDate.of(2014, 3, 31))
                .referredOn(LocalDate.of(2014, 4, 2)).build();

        assertThatThrownBy(() -> TestEngine.ENGINE.classify(input))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("referralDate: is before the first edition (kcsie-2014");
    }

    @Test
    void a_pinned_edition_that_does_not_exist_is_rejected() {
        assertThatThrownBy(() -> Investigations.finding(Evidence.PROVES).under("kcsie-2019"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("edition: no edition 'kcsie-2019'");
    }

    private static String capitalised(Outcome outcome) {
        String name = outcome.name().toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}

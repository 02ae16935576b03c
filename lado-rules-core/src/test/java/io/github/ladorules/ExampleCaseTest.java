package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped example case, evaluated end to end: a guard on the threshold path while other work shares it. */
class ExampleCaseTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("lado.repository"), "examples",
            "teacher-pushed-pupil.yaml");

    @Test
    void a_teacher_who_injured_a_pupil_meets_the_threshold_at_tier_5_with_the_designated_officer_told_after_the_coronation_holiday() {
        Decision decision = TestEngine.ENGINE.evaluate(LadoCodec.readCase(EXAMPLE));

        assertThat(decision.edition().id()).isEqualTo("kcsie-2021");
        SubjectDecision adult = decision.subject("A").orElseThrow();
        assertThat(adult.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(adult.tier()).isEqualTo(5);
        assertThat(adult.criteria()).containsExactly(Criterion.HARMED_CHILD, Criterion.POSSIBLE_CRIMINAL_OFFENCE);
        assertThat(adult.reasons()).extracting(Reason::rule).containsExactly(
                "SCOPE-WORKS-WITH-CHILDREN", "MTX-PHY-ASSAULT", "MOD-INJURY",
                "CRIT-HARMED", "CRIT-OFFENCE", "REC-MEETS", "ROUTE-LADO-REFERRAL");
        assertThat(adult.actions()).filteredOn(a -> a.code() == ActionCode.INFORM_LADO)
                .extracting(Action::due).containsExactly(LocalDate.of(2023, 5, 9));
    }
}

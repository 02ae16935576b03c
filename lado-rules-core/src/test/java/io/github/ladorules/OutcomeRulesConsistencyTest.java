package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy lead editing outcome rules gets a rules error naming the rule, never a quietly wrong decision: the
 * engine checks that one rule answers each question and that no threshold rule fires on an outcome input.
 */
class OutcomeRulesConsistencyTest {

    @TempDir
    Path rules;

    @Test
    void two_rules_classifying_the_same_finding_is_a_rules_error() throws IOException {
        OutcomeCase input = editedEdition("""
                rule "Classify: a second opinion"
                    @id("TEST-OUT-SECOND-OPINION")
                    @text("A rule that contradicts the classification.")
                    @cite("outcome-definitions")
                when
                    Investigation( evidence == Evidence.PROVES )
                then
                    insert( new ClassifyAs( kcontext, Outcome.FALSE ) );
                end
                """);

        assertThatThrownBy(() -> engine().classify(input))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("rule OUT-CLASS-SUBSTANTIATED chose an outcome for the case")
                .hasMessageContaining("rule TEST-OUT-SECOND-OPINION chose an outcome for the case");
    }

    @Test
    void a_threshold_finding_made_on_an_outcome_input_is_a_rules_error() throws IOException {
        OutcomeCase input = editedEdition("""
                rule "A threshold rule that matches outcome facts by mistake"
                    @id("TEST-LEAK")
                    @text("A threshold note made on an outcome input.")
                    @cite("outcome-definitions")
                when
                    Investigation()
                then
                    insert( new Note( kcontext, null ) );
                end
                """);

        assertThatThrownBy(() -> engine().classify(input))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("rule TEST-LEAK fired on an outcome input");
    }

    @Test
    void a_retention_period_for_a_removed_record_is_a_rules_error() throws IOException {
        OutcomeCase input = editedEdition("""
                rule "A retention period whatever the record"
                    @id("TEST-OUT-RETAIN-ANYWAY")
                    @text("Keep everything for twenty years.")
                    @cite("outcome-definitions")
                when
                    RemoveRecord()
                then
                    insert( new RetentionPeriod( kcontext, 20 ) );
                end
                """, Investigations.disproved(true));

        assertThatThrownBy(() -> engine().classify(input))
                .isInstanceOf(RulesException.class)
                .hasMessageContaining("rule TEST-OUT-RETAIN-ANYWAY gave a retention period, but the record is"
                        + " REMOVE_UNLESS_CONSENT");
    }

    private OutcomeCase editedEdition(String extraRule) throws IOException {
        return editedEdition(extraRule, Investigations.finding(Evidence.PROVES));
    }

    /** A copy of the shipped rules with one more rule file. */
    private OutcomeCase editedEdition(String extraRule, Investigations input) throws IOException {
        Path copy = RuleBaseCopy.into(rules);
        Files.writeString(copy.resolve("99-test.drl"), """
                package lado.rules;

                import io.github.ladorules.facts.*;
                import io.github.ladorules.Evidence;
                import io.github.ladorules.Outcome;

                """ + extraRule);
        return input.build();
    }

    private LadoEngine engine() {
        return LadoEngine.builder().rulesDirectory(rules).build();
    }
}

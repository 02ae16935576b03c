package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every outcome rule in every edition is reached by some finished investigation. The threshold rules are held to
 * the same standard by the test-case corpus; here a grid of investigations stands in for it.
 */
class OutcomeRuleCoverageTest {
    private static final LadoEngine ENGINE = LadoEngine.builder().build();

    @Test
    void everyOutcomeRuleInEveryEditionIsReachedBySomeInvestigation() {
        List<String> unreached = new ArrayList<>();
        for (EditionInfo edition : ENGINE.editions()) {
            Set<String> reasons = new HashSet<>();
            Set<String> definitions = new HashSet<>();
            LocalDate referral = edition.inForceFrom().plusDays(30);
            for (Evidence evidence : Evidence.values()) {
                for (Boolean deception : Arrays.asList(true, false, null)) {
                    if (Boolean.TRUE.equals(deception) && evidence != Evidence.DISPROVES) {
                        continue; // deception can only be found where the evidence disproves the allegation
                    }
                    for (Role role : List.of(Role.TEACHER, Role.YOUTH_WORKER)) {
                        for (Boolean regulated : Arrays.asList(true, false, null)) {
                            for (Employment employment : Employment.values()) {
                                for (MadeBy madeBy : List.of(MadeBy.PUPIL, MadeBy.PARENT)) {
                                    for (LocalDate born : List.of(LocalDate.of(1950, 3, 1), LocalDate.of(1985, 5, 5))) {
                                        for (boolean sexual : List.of(true, false)) {
                                            OutcomeCase c = new OutcomeCase(OutcomeCase.SCHEMA, "COV-1", referral,
                                                    new OutcomeCase.Subject(role, born, regulated),
                                                    new OutcomeCase.Allegation(referral.minusDays(3), sexual, madeBy),
                                                    new OutcomeCase.Finding(evidence, deception), employment);
                                            OutcomeDecision d = ENGINE.classify(c, edition.id());
                                            d.reasons().forEach(r -> reasons.add(r.rule()));
                                            definitions.add(d.definition().text());
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for (RuleInfo rule : ENGINE.rules(edition.id())) {
                boolean outcomeRule = rule.id().startsWith("OUT-");
                boolean definition = rule.id().startsWith("OUT-DEF-");
                boolean reached = definition ? definitions.contains(rule.text()) : reasons.contains(rule.id());
                if (outcomeRule && !reached) {
                    unreached.add(edition.id() + " " + rule.id() + " (" + rule.file() + ":" + rule.line() + ")");
                }
            }
        }
        assertThat(unreached).as("outcome rules no investigation reaches").isEmpty();
    }
}

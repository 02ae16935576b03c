package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.facts.Finding;
import io.github.ladorules.facts.OutcomeFinding;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An edition's threshold rules and outcome rules are written in one rule base and compiled into two (see
 * EditionRuleBasesTest). A case must fire no outcome rule and an outcome input no threshold rule; these tests look at
 * every finding a session makes, not only the decision.
 */
class SharedRuleBaseTest {
    private static final EditionCatalogue CATALOGUE = EditionCatalogue.load(EditionFiles.bundledRoot());

    /** A case that fires rules of every kind: scope, matrix, modifiers, criteria, routes and case-wide actions. */
    private static final String BUSY_CASE = """
            schema: lado-case/1
            caseRef: EX-1
            referralDate: 2023-05-05
            subjects:
              - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true,
                 otherRolesWithChildren: true, priorLowLevelConcerns: 4}
              - {ref: B, role: SPORTS_COACH, setting: SPORT, engagement: VOLUNTEER, worksWithChildren: true}
            children:
              - {ref: C1, ageAtIncident: 4}
            concerns:
              - {subject: A, children: [C1], indicator: PHY_ASSAULT, context: AT_WORK, injury: true}
              - {subject: B, indicator: TR_DOMESTIC_ABUSE, context: OUTSIDE_WORK}
            circumstances: {childInImmediateDanger: true, significantHarmSuspected: true}
            """;

    private static final String OUTCOME = """
            schema: lado-outcome/1
            caseRef: HC-1
            referralDate: 2023-03-14
            subject: {role: TEACHER, dateOfBirth: 1950-07-02, regulatedActivity: true}
            allegation: {date: 2023-03-13, sexual: true, madeBy: PARENT}
            finding: {evidence: PROVES}
            employment: DISMISSED
            """;

    @ParameterizedTest
    @ValueSource(strings = {"kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023"})
    void a_case_fires_threshold_rules_only(String editionId) {
        CompiledEdition edition = compiled(editionId);

        List<Finding> findings = SessionRun.run(edition, FactMapper.map(LadoCodec.readCase(BUSY_CASE),
                LocalProfile.DEFAULTS), List.of()).findings();

        assertThat(findings).isNotEmpty().noneMatch(OutcomeFinding.class::isInstance);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023"})
    void an_outcome_input_fires_outcome_rules_only(String editionId) {
        CompiledEdition edition = compiled(editionId);

        List<Finding> findings = SessionRun.runOnce(edition, OutcomeFacts.of(LadoCodec.readOutcome(OUTCOME)));

        assertThat(findings).isNotEmpty().allMatch(OutcomeFinding.class::isInstance);
        assertThat(findings).extracting(f -> edition.rule(f.getRule()).id()).allMatch(id -> id.startsWith("OUT-"));
    }

    private static CompiledEdition compiled(String id) {
        EditionInfo info = CATALOGUE.byId(id);
        return CATALOGUE.compiled(info);
    }
}

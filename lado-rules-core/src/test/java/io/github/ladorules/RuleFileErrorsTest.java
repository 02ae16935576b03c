package io.github.ladorules;

import static io.github.ladorules.RuleBaseCopy.edit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy lead who breaks a rule file is told which file and line, and nothing is evaluated with it. */
class RuleFileErrorsTest {
    @TempDir
    Path rules;

    @BeforeEach
    void copyTheShippedRules() {
        RuleBaseCopy.into(rules);
    }

    private RulesException loadAndEvaluate() {
        return catchThrowableOfType(RulesException.class, () -> LadoEngine.builder().rulesDirectory(rules).build()
                .evaluate(Cases.single("2024-01-10", "PHY_ASSAULT")));
    }

    @Test
    void aSyntaxErrorNamesTheFileAndLine() {
        edit(rules.resolve("10-criteria.drl"), "ConcernAssessment( tier >= 3, engages(Criterion.HARMED_CHILD) )",
                "ConcernAssessment( tier >= 3, engages(Criterion.HARMED_CHILD) ");
        RulesException e = loadAndEvaluate();
        assertThat(e).isNotNull();
        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.file()).endsWith("10-criteria.drl");
            assertThat(p.line()).isBetween(9, 22);
        });
    }

    @Test
    void aBrokenMatrixRowNamesTheTableAndTheRowsLine() throws IOException {
        Path matrix = rules.resolve("02-matrix.yaml");
        edit(matrix, "    tier: 4\n    criteria: [HARMED_CHILD, POSSIBLE_CRIMINAL_OFFENCE]",
                "    tier: 7\n    criteria: [HARMED_CHILD, POSSIBLE_CRIMINAL_OFFENCE]");
        int row = Files.readAllLines(matrix).indexOf("  - code: PHY_ASSAULT") + 1;
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("02-matrix.yaml");
            assertThat(p.line()).isEqualTo(row);
            assertThat(p.message()).contains("'tier' must be a whole number from 1 to 5");
        });
    }

    @Test
    void aTierChangedInTheTableChangesTheRuleAndItsText() {
        edit(rules.resolve("02-matrix.yaml"), "    tier: 3\n    criteria: [HARMED_CHILD]\n    text: \"Grabbing",
                "    tier: 4\n    criteria: [HARMED_CHILD]\n    text: \"Grabbing");
        SubjectDecision a = LadoEngine.builder().rulesDirectory(rules).build()
                .evaluate(Cases.single("2024-01-10", "PHY_ROUGH_HANDLING")).subjects().get(0);
        assertThat(a.tier()).isEqualTo(4);
        assertThat(a.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(a.reasons()).filteredOn(r -> r.rule().equals("MTX-PHY-ROUGH-HANDLING")).singleElement()
                .satisfies(r -> assertThat(r.text()).endsWith("(matrix tier 4)."));
    }

    @Test
    void aRuleWithoutACitationIsRejectedAtItsLine() {
        edit(rules.resolve("12-routes.drl"), "    @cite(\"nln-threshold-tier-1\")\n", "");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.file()).endsWith("12-routes.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("@cite");
        });
    }

    @Test
    void aCitationOfAnUndeclaredProvisionIsRejectedAtTheRule() {
        edit(rules.resolve("10-criteria.drl"), "@cite(\"harm-threshold\")", "@cite(\"harm-treshold\")");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).first().satisfies(p -> {
            assertThat(p.file()).endsWith("10-criteria.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("harm-treshold").contains("does not declare");
        });
    }

    @Test
    void aProvisionAnEditionDoesNotPlaceIsRejectedNamingTheEditionFile() {
        edit(rules.resolve("editions/kcsie-2023.yaml"), "  using-premises:\n", "  using-premises-moved:\n");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).extracting(RulesException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("using-premises-moved").contains("not declared"));
    }

    @Test
    void aDuplicateRuleIdIsRejected() {
        edit(rules.resolve("12-routes.drl"), "@id(\"ROUTE-COMPLAINTS\")", "@id(\"ROUTE-CONDUCT\")");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("unique"));
    }

    @Test
    void twoRulesChoosingARouteForOneAdultIsAnInconsistencyNamedByRule() {
        edit(rules.resolve("12-routes.drl"),
                "    Recommend( $adult : subject, recommendation == Recommendation.MAY_MEET_THRESHOLD )",
                "    Recommend( $adult : subject, recommendation != Recommendation.NOT_A_LADO_MATTER )");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).extracting(RulesException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("ROUTE-LADO-CONSULTATION").contains("route"));
    }

    @Test
    void editionsThatLeaveAGapAreRejected() {
        edit(rules.resolve("editions/kcsie-2015.yaml"), "inForceUntil: 2016-09-05", "inForceUntil: 2016-09-01");
        RulesException e = catchThrowableOfType(RulesException.class,
                () -> LadoEngine.builder().rulesDirectory(rules).build());
        assertThat(e.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("inForceUntil 2016-09-01").contains("2016-09-05"));
    }

    @Test
    void aBrokenEditionFileIsARulesErrorWithItsFileAndLine() throws IOException {
        Files.writeString(rules.resolve("editions/kcsie-2023.yaml"), "id: kcsie-2023\ntitle: [unclosed\n");
        RulesException e = catchThrowableOfType(RulesException.class,
                () -> LadoEngine.builder().rulesDirectory(rules).build());
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).endsWith("kcsie-2023.yaml");
            assertThat(p.line()).isPositive();
        });
    }

    @Test
    void aConsequenceMayOnlyInsertFindingsOfTheRuleVocabulary() {
        edit(rules.resolve("10-criteria.drl"),
                "    insert( new CriterionMet( kcontext, $assessed.getSubject(), Criterion.HARMED_CHILD ) );",
                "    System.exit( 0 );");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.file()).endsWith("10-criteria.drl");
            assertThat(p.line()).isPositive();
            assertThat(p.message()).contains("may only insert findings");
        });
        assertThat(e.problems()).extracting(RulesException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("'System'"));
    }

    @Test
    void aRuleFileMayImportOnlyTheRuleVocabularyAndDeclareNoFunctions() {
        edit(rules.resolve("12-routes.drl"), "import io.github.ladorules.facts.*;",
                "import io.github.ladorules.facts.*;\nimport java.nio.file.Files;\n"
                        + "function void wipe() { }");
        RulesException e = loadAndEvaluate();
        assertThat(e.problems()).extracting(RulesException.Problem::message)
                .anySatisfy(m -> assertThat(m).contains("may not import java.nio.file.Files"))
                .anySatisfy(m -> assertThat(m).contains("'function' is not allowed"));
    }

    @Test
    void theEditionHashChangesWithItsCitationsAndItsOwnFileButNotWithAnotherEditions() {
        String before2023 = LadoEngine.builder().rulesDirectory(rules).build().editions().stream()
                .filter(e -> e.id().equals("kcsie-2023")).findFirst().orElseThrow().rulesSha256();
        String before2016 = LadoEngine.builder().rulesDirectory(rules).build().editions().stream()
                .filter(e -> e.id().equals("kcsie-2016")).findFirst().orElseThrow().rulesSha256();
        edit(rules.resolve("editions/kcsie-2023.yaml"), "paragraph: \"356\"", "paragraph: \"357\"");
        LadoEngine edited = LadoEngine.builder().rulesDirectory(rules).build();
        assertThat(edited.editions()).filteredOn(e -> e.id().equals("kcsie-2023")).singleElement()
                .satisfies(e -> assertThat(e.rulesSha256()).isNotEqualTo(before2023));
        assertThat(edited.editions()).filteredOn(e -> e.id().equals("kcsie-2016")).singleElement()
                .satisfies(e -> assertThat(e.rulesSha256()).isEqualTo(before2016));
    }

    @Test
    void aRuleOutsideAnEditionsPeriodIsNotInThatEdition() {
        LadoEngine engine = LadoEngine.builder().rulesDirectory(rules).build();
        assertThat(engine.rules("kcsie-2016")).extracting(RuleInfo::id).doesNotContain("CRIT-UNSUITABLE");
        assertThat(engine.rules("kcsie-2020")).filteredOn(r -> r.id().equals("CRIT-UNSUITABLE")).singleElement()
                .satisfies(r -> assertThat(r.inForceFrom()).hasToString("2020-09-01"));
    }

    @Test
    void theShippedEditionsCanBeLoadedFromTheRulesDirectory() {
        LadoEngine fromDirectory = LadoEngine.builder().rulesDirectory(RuleBaseCopy.SHIPPED).build();
        LadoEngine bundled = LadoEngine.builder().build();
        assertThat(fromDirectory.editions()).isEqualTo(bundled.editions());
    }
}

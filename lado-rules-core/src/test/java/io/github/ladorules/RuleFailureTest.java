package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule that fails while a case is evaluated is a rules error naming the rule, its file and line, never an
 * unexplained crash; a rule that keeps re-triggering itself is stopped by the firing limit, and a rule that makes a
 * finding for the whole case from anything but the case's circumstances and adults' recommendations is refused.
 */
class RuleFailureTest {
    private static final Path SHIPPED = Path.of(System.getProperty("lado.repository"), "rules");
    /** What criterion 1 records, wherever the rule files keep it. */
    private static final String CRITERION_ONE = "insert( new CriterionMet( kcontext, $assessed.getSubject(), "
            + "Criterion.HARMED_CHILD ) );";

    @TempDir
    Path rules;

    @Test
    void aRuleThatThrowsInItsThenPartIsARulesErrorNamingTheRuleFileAndLine() throws IOException {
        // Within the rule vocabulary a consequence can still fail: a finding refuses a tier that does not exist.
        RulesException e = evaluateAssaultWithRuleFile("99-broken.drl", """
                rule "A matrix row with a tier that does not exist"
                    @id("TEST-NO-SUCH-TIER") @text("t") @cite("harm-threshold")
                when
                    $concern : Concern( indicator == "PHY_ASSAULT" )
                then
                    insert( new Indication( kcontext, $concern, 9 ) );
                end
                """);

        RulesException.Problem p = onlyProblem(e, "99-broken.drl");
        assertThat(p.line()).isPositive();
        assertThat(p.message()).contains("TEST-NO-SUCH-TIER").contains("threw IllegalArgumentException");
    }

    @Test
    void aRuleThatKeepsReTriggeringItselfIsStoppedByTheFiringLimit() throws IOException {
        RulesException e = evaluateAssaultWithRuleFile("99-loop.drl", """
                rule "A concern that makes another like it"
                    @id("TEST-LOOP") @text("t") @cite("harm-threshold")
                when
                    $concern : Concern( indicator == "PHY_ASSAULT" )
                then
                    insert( new Concern( $concern.getIndex() + 1, $concern.getSubject(), $concern.getChildren(),
                            $concern.getIndicator(), $concern.getContext(), $concern.getIncidentDate(),
                            $concern.getInjury() ) );
                end
                """);

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("a rule is probably re-triggering itself");
    }

    @Test
    void aRuleThatMakesAnActionForTheWholeCaseFromAnAdultsFactsIsARulesErrorNamingTheRuleFileAndLine()
            throws IOException {
        // The question search works out the actions for the whole case from the circumstances and each adult's
        // recommendation alone, so a rule with a finding for the whole case may see nothing else.
        RulesException e = evaluateAssaultWithRuleFile("99-case.drl", """
                import io.github.ladorules.ActionCode;

                rule "An assault anywhere in the case calls for a meeting"
                    @id("TEST-CASE-FROM-A-CONCERN") @text("t") @cite("harm-threshold")
                when
                    Concern( indicator == "PHY_ASSAULT" )
                then
                    insert( new Act( kcontext, ActionCode.COMPLEX_ABUSE_STRATEGY_MEETING ) );
                end
                """);

        RulesException.Problem p = onlyProblem(e, "99-case.drl");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.message()).contains("TEST-CASE-FROM-A-CONCERN").contains("made a finding for the case as a whole")
                .contains("Circumstances, LocalParameters, Recommend");
    }

    @Test
    void aRuleThatMakesAnActionForTheWholeCaseFromWhoseRecommendationItIsIsARulesError() throws IOException {
        // What each adult's recommendation is may decide an action for the whole case; whose it is may not.
        RulesException e = evaluateAssaultWithRuleFile("99-case.drl", """
                import io.github.ladorules.ActionCode;
                import io.github.ladorules.Recommendation;
                import io.github.ladorules.Role;

                rule "A teacher who meets the threshold calls for a meeting"
                    @id("TEST-CASE-FROM-AN-ADULT") @text("t") @cite("harm-threshold")
                when
                    Recommend( recommendation == Recommendation.MEETS_THRESHOLD, subject.role == Role.TEACHER )
                then
                    insert( new Act( kcontext, ActionCode.COMPLEX_ABUSE_STRATEGY_MEETING ) );
                end
                """);

        RulesException.Problem p = onlyProblem(e, "99-case.drl");
        assertThat(p.line()).isEqualTo(7);
        assertThat(p.message()).contains("TEST-CASE-FROM-AN-ADULT").contains("never whose they are");
    }

    @Test
    void aRulesErrorMetWhileTryingAnAnswerNamesTheAdultByTheirPlaceInTheWholeCase() throws IOException {
        // The answer is tried on the second adult's part alone, where that adult comes first.
        RulesException e = evaluateWithRuleFile("99-answer.drl", """
                import io.github.ladorules.Recommendation;

                rule "A second recommendation once an injury is known"
                    @id("TEST-SECOND-RECOMMENDATION") @text("t") @cite("harm-threshold")
                when
                    $assessed : SubjectAssessment()
                    Concern( subject == $assessed.subject, injury == true )
                then
                    insert( new Recommend( kcontext, $assessed.getSubject(), Recommendation.MEETS_THRESHOLD ) );
                end
                """, twoAdults("\"indicator\":\"PHY_ASSAULT\"", "0"));

        assertNamesTheSecondAdult(e, "99-answer.drl", "TEST-SECOND-RECOMMENDATION", "a recommendation");
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.message())
                .endsWith("(met when the search for questions tried concerns[1].injury = true)"));
    }

    @Test
    void aRulesErrorMetWhileTellingTheRulesAnAdultCouldMeetNamesTheAdultByTheirPlaceInTheWholeCase()
            throws IOException {
        // Earlier low-level concerns could make the second adult's favouritism meet the threshold; the rules are told
        // so in a run of that adult's part alone.
        RulesException e = evaluateWithRuleFile("99-could-meet.drl", """
                import io.github.ladorules.Route;

                rule "A second route when an answer could make it meet"
                    @id("TEST-SECOND-ROUTE") @text("t") @cite("harm-threshold")
                when
                    $assessed : SubjectAssessment()
                    exists UnknownCouldMeet( subject == $assessed.subject )
                then
                    insert( new RouteTo( kcontext, $assessed.getSubject(), Route.LADO_REFERRAL ) );
                end
                """, twoAdults("\"indicator\":\"LLC_FAVOURITISM\",\"injury\":false", "null"));

        assertNamesTheSecondAdult(e, "99-could-meet.drl", "TEST-SECOND-ROUTE", "a route");
    }

    @Test
    void aConcernLeftWithNoMatrixRowByAnAnswerIsARulesErrorNamingTheConcernAndTheAnswer()
            throws IOException {
        // Persistent belittling's row is moved from the matrix to a rule that holds only while no injury is known
        // (an injury adds no row of its own to this kind of concern). The answer "injured" leaves the second concern
        // with no row. It is tried in one run with the first adult's "injured", which is harmless, each on a copy of
        // its adult's part; the error names the concern by its place in the whole case and the one answer that brings
        // it about.
        Path matrix = RuleBaseCopy.into(rules).resolve("02-matrix.yaml");
        String rows = Files.readString(matrix);
        int row = rows.indexOf("  - code: EMO_PERSISTENT\n");
        Files.writeString(matrix, rows.substring(0, row) + rows.substring(rows.indexOf("  - code:", row + 1)));
        RulesException e = evaluateWithRuleFile("99-no-row.drl", """
                rule "Persistent belittling with no injury known"
                    @id("TEST-BELITTLING-ROW") @text("t") @cite("harm-threshold")
                when
                    $concern : Concern( indicator == "EMO_PERSISTENT", injury != true )
                then
                    insert( new Indication( kcontext, $concern, 4 ) );
                end
                """, twoAdults("\"indicator\":\"EMO_PERSISTENT\"", "0").replaceFirst(",\"injury\":false", ""));

        assertThat(e).as("a rules error").isNotNull();
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("no matrix row in this edition matches indicator EMO_PERSISTENT (concerns[1]) (met when the"
                        + " search for questions tried concerns[1].injury = true)"));
    }

    /** The error names the test's rule, in the test's file, and the second adult by their place in the whole case. */
    private static void assertNamesTheSecondAdult(RulesException e, String file, String rule, String chose) {
        assertThat(e).as("a rules error").isNotNull();
        assertThat(e.problems()).filteredOn(p -> p.file().endsWith(file)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains(rule).contains("chose " + chose + " for subjects[1]"));
    }

    /** Evaluates a case with the shipped rules (copied unless the test has copied them already) and one more file. */
    private RulesException evaluateWithRuleFile(String name, String drl, String caseJson) throws IOException {
        if (!Files.exists(rules.resolve("02-matrix.yaml"))) {
            RuleBaseCopy.into(rules);
        }
        Files.writeString(rules.resolve(name),
                "package lado.rules;\nimport io.github.ladorules.facts.*;\n" + drl);
        LadoEngine engine = LadoEngine.builder().rulesDirectory(rules).build();
        return catchThrowableOfType(RulesException.class, () -> engine.evaluate(LadoCodec.readCase(caseJson)));
    }

    /**
     * A fictional case of two teachers: the first hit a child, who was not hurt (every fact known); the second's
     * concern and earlier low-level concerns are as given, with everything else known.
     */
    private static String twoAdults(String secondConcern, String secondPriorLowLevelConcerns) {
        String adult = "{\"ref\":\"%s\",\"role\":\"TEACHER\",\"setting\":\"SCHOOL\",\"engagement\":\"EMPLOYED\","
                + "\"worksWithChildren\":true,\"currentlyInRole\":true,\"regulatedActivity\":true,"
                + "\"otherRolesWithChildren\":false,\"priorLowLevelConcerns\":%s,\"priorReferrals\":0,"
                + "\"suppliedByAgency\":false,\"hasCurrentEmployer\":true}";
        String child = "{\"ref\":\"%s\",\"ageAtIncident\":9,\"disabledOrSend\":false,\"lookedAfter\":false,"
                + "\"placedByAnotherAuthority\":false}";
        String concern = "{\"subject\":\"%s\",\"children\":[\"%s\"],%s,\"context\":\"AT_WORK\","
                + "\"incidentDate\":\"2024-02-12\",\"childrenInHouseholdSawOrHeard\":false,\"sexualContent\":false,"
                + "\"secrecyRequested\":false}";
        return "{\"schema\":\"lado-case/1\",\"caseRef\":\"RULES-TEST\",\"referralDate\":\"2024-02-14\","
                + "\"subjects\":[" + adult.formatted("T1", "0") + ","
                + adult.formatted("T2", secondPriorLowLevelConcerns)
                + "],\"children\":[" + child.formatted("C1") + "," + child.formatted("C2") + "],\"concerns\":["
                + concern.formatted("T1", "C1", "\"indicator\":\"PHY_ASSAULT\",\"injury\":false") + ","
                + concern.formatted("T2", "C2", secondConcern) + "],\"circumstances\":{"
                + "\"childInImmediateDanger\":false,\"significantHarmSuspected\":false,"
                + "\"evidenceShowsCouldNotHaveHappened\":false}}";
    }

    /**
     * The shipped rules with one more rule file, used to evaluate an assault. The file opens with the package and the
     * facts' import, so {@code drl} starts at line 3.
     */
    private RulesException evaluateAssaultWithRuleFile(String name, String drl) throws IOException {
        copyRulesReplacing(CRITERION_ONE, CRITERION_ONE);
        Files.writeString(rules.resolve(name), "package lado.rules;\nimport io.github.ladorules.facts.*;\n" + drl);
        return evaluateAssault();
    }

    /** The one problem a rules error names, in the file the test wrote. */
    private static RulesException.Problem onlyProblem(RulesException e, String file) {
        assertThat(e).as("a rules error").isNotNull();
        assertThat(e.problems()).hasSize(1);
        RulesException.Problem problem = e.problems().get(0);
        assertThat(problem.file()).endsWith(file);
        return problem;
    }

    private RulesException evaluateAssault() {
        LadoEngine engine = LadoEngine.builder().rulesDirectory(rules).build();
        return catchThrowableOfType(RulesException.class, () -> engine.evaluate(Cases.single("2024-01-10",
                "PHY_ASSAULT")));
    }

    /** Copies the shipped rules folder, replacing a piece of DRL in every file that holds it; returns those files. */
    private List<Path> copyRulesReplacing(String find, String replace) throws IOException {
        List<Path> edited = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(SHIPPED)) {
            for (Path from : walk.toList()) {
                Path to = rules.resolve(SHIPPED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    String text = Files.readString(from);
                    if (text.contains(find)) {
                        text = text.replace(find, replace);
                        edited.add(to);
                    }
                    Files.writeString(to, text);
                }
            }
        }
        assertThat(edited).as("the rule files still hold the assault row's finding").isNotEmpty();
        return edited;
    }
}

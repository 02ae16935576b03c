package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.ActionCode;
import io.github.ladorules.Decision;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.Recommendation;
import io.github.ladorules.facts.Recommend;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;

/**
 * How many runs the search for questions makes for the answers it tries on adults' parts: as few as fit, each answer
 * on a copy of its adult's part of its own, and no run holding more than 480 of the copies' adults, concerns and
 * children. The copies side by side are not adults of one case, so no rule for the case as a whole runs on them.
 * Whatever the split, the decision is the exhaustive search's.
 */
class QuestionFinderTest {
    private final EditionCatalogue catalogue = EditionCatalogue.load(CorpusCases.repository().resolve("rules"));
    private final List<Integer> recordsPerRun = new ArrayList<>();
    private final List<DecisionAssembler.CaseResult> runsOfCopies = new ArrayList<>();
    private final Evaluator counted = evaluator((lado, base, trials) -> QuestionFinder.find(lado, base,
            new Counting(trials)));
    private final Evaluator oracle = new Evaluator(catalogue, LocalProfile.DEFAULTS,
            WorkingDayCalendar.englandAndWales(), LadoEngine.ENGINE_VERSION, Duration.ofMinutes(5),
            ExhaustiveQuestionFinder::find, KieBase::newKieSession, true);

    private Evaluator evaluator(QuestionSearch search) {
        return new Evaluator(catalogue, LocalProfile.DEFAULTS, WorkingDayCalendar.englandAndWales(),
                LadoEngine.ENGINE_VERSION, Duration.ofMinutes(5), search, new SessionPools()::open, false);
    }

    /**
     * The example leaves seven facts of its one adult's part unknown. Three are its physical concern's that only rules
     * for other indicators read (children at home who saw or heard, sexual content, secrecy), so they are not tried;
     * the other four (agency, an employer yes or no, the child placed by another authority) share one run.
     */
    @Test
    void theShippedExamplesFourAnswersWorthTryingShareOneRun() {
        LadoCase example = LadoCodec.readCase(CorpusCases.repository().resolve("examples/teacher-pushed-pupil.yaml"));

        Decision decision = evaluate(counted, example);

        assertThat(recordsPerRun).as("one run, of four copies of the adult, their concern and the child")
                .containsExactly(4 * 3);
        assertThat(decision).isEqualTo(evaluate(oracle, example));
        assertThat(decision.subjects().get(0).questions()).isNotEmpty();
    }

    @Test
    void copiesSideBySideAreNotAdultsOfOneCaseSoNoRuleForTheWholeCaseCountsThem() {
        LadoCase example = LadoCodec.readCase(CorpusCases.repository().resolve("examples/teacher-pushed-pupil.yaml"));

        Decision decision = evaluate(counted, example);

        assertThat(runsOfCopies).singleElement().satisfies(run -> {
            assertThat(run.subjects()).as("copies of the one adult that meet the threshold")
                    .filteredOn(s -> s.recommendation() == Recommendation.MEETS_THRESHOLD).hasSizeGreaterThan(1);
            assertThat(run.caseActions()).as("actions for the whole case, such as a meeting for two or more adults")
                    .isEmpty();
        });
        assertThat(decision.caseActions()).extracting(Action::code)
                .doesNotContain(ActionCode.COMPLEX_ABUSE_STRATEGY_MEETING);
        assertThat(decision).isEqualTo(evaluate(oracle, example));
    }

    @Test
    void copiesThatWouldHoldMoreThan480RecordsAreSplitIntoRunsThatDoNot() {
        LadoCase large = oneAdultWithTwelveConcerns();

        Decision decision = evaluate(counted, large);

        assertThat(recordsPerRun).as("runs of the copies, by the records each holds").hasSizeGreaterThan(1)
                .allSatisfy(records -> assertThat(records).isLessThanOrEqualTo(480).isPositive());
        assertThat(recordsPerRun).as("whole copies of the adult, twelve concerns and twelve children")
                .allSatisfy(records -> assertThat(records % 25).isZero());
        assertThat(decision).isEqualTo(evaluate(oracle, large));
    }

    private Decision evaluate(Evaluator evaluator, LadoCase lado) {
        return evaluator.evaluate(lado, catalogue.inForceOn(lado.referralDate()));
    }

    /**
     * One adult, twelve concerns each about a child of its own, the injury and the children's needs unknown: a copy of
     * the adult's part holds 25 records, so no more than 19 copies fit in a run.
     */
    private static LadoCase oneAdultWithTwelveConcerns() {
        StringBuilder children = new StringBuilder();
        StringBuilder concerns = new StringBuilder();
        String[] indicators = {"PHY_ROUGH_HANDLING", "LLC_OVER_FRIENDLY", "EMO_PERSISTENT", "NEG_SUPERVISION"};
        for (int i = 0; i < 12; i++) {
            children.append(i == 0 ? "" : ",").append("{\"ref\":\"K").append(i).append("\",\"ageAtIncident\":")
                    .append(5 + i % 10).append("}");
            concerns.append(i == 0 ? "" : ",").append("{\"subject\":\"A\",\"children\":[\"K").append(i)
                    .append("\"],\"indicator\":\"").append(indicators[i % indicators.length])
                    .append("\",\"context\":\"AT_WORK\",\"incidentDate\":\"2024-02-12\"}");
        }
        return LadoCodec.readCase("""
                {"schema":"lado-case/1","caseRef":"SPLIT-1","referralDate":"2024-02-14",
                 "subjects":[{"ref":"A","role":"TEACHER","setting":"SCHOOL","engagement":"EMPLOYED",
                              "worksWithChildren":true,"currentlyInRole":true,"regulatedActivity":true,
                              "otherRolesWithChildren":false,"priorLowLevelConcerns":0,"priorReferrals":0,
                              "suppliedByAgency":false,"hasCurrentEmployer":true}],
                 "children":[%s],
                 "concerns":[%s],
                 "circumstances":{"childInImmediateDanger":false,"significantHarmSuspected":false,
                                  "evidenceShowsCouldNotHaveHappened":false}}
                """.formatted(children, concerns));
    }

    /** The engine's own trials, with the records of each run of copies counted on the way through. */
    private final class Counting implements QuestionSearch.Trials {
        private final QuestionSearch.Trials trials;

        Counting(QuestionSearch.Trials trials) {
            this.trials = trials;
        }

        @Override
        public DecisionAssembler.CaseResult evaluate(LadoCase variant) {
            return trials.evaluate(variant);
        }

        @Override
        public DecisionAssembler.CaseResult evaluateApart(List<LadoCase> variants,
                                                          List<FactMapper.Positions> positions) {
            recordsPerRun.add(variants.stream().mapToInt(v -> v.subjects().size() + v.concerns().size()
                    + v.children().size()).sum());
            DecisionAssembler.CaseResult result = trials.evaluateApart(variants, positions);
            runsOfCopies.add(result);
            return result;
        }

        @Override
        public List<Action> forTheCase(List<Recommend> recommendations) {
            return trials.forTheCase(recommendations);
        }

        @Override
        public boolean worthTrying(String property, JsonNode answer, String indicator) {
            return trials.worthTrying(property, answer, indicator);
        }
    }
}

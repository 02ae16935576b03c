package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.LadoCase;
import io.github.ladorules.Question;
import io.github.ladorules.Recommendation;
import io.github.ladorules.facts.Recommend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Finds the unknown facts whose answer could change an adult's result, by evaluating the case with each unknown fact
 * answered each way (one at a time). An adult's result is their recommendation, tier, criteria, route and actions,
 * and the actions for the whole case. It also notes where an answer would make an adult meet the threshold while the
 * known facts do not even reach "may meet": the rules then decide what that means.
 *
 * <p>It gives the same answers as evaluating the whole case for every trial (the search it replaced, kept in the
 * tests as the oracle), at a cost that grows with the number of unknown facts, not with that times the size:
 * <ul>
 *   <li>a trial answers one record in place ({@link AnsweredCase}) rather than copying the case through JSON;</li>
 *   <li>a fact that belongs to one adult is tried on that adult's part of the case ({@link AdultParts});</li>
 *   <li>when the answer changes that adult's result, the actions for the whole case (such as a meeting for two or
 *       more adults) may change too, and with them every adult's result. They are worked out again from the adults'
 *       recommendations alone, by the rules for the case as a whole ({@link SessionRun#forTheCase}), not by
 *       evaluating the whole case; trials that give the adult the same new result share that one run.</li>
 * </ul>
 * This rests on the rules keeping adults apart: a rule joins an adult only with that adult's own concerns and
 * children, and a rule that makes a finding for the whole case sees only the circumstances, the local parameters and
 * adults' recommendations. The engine enforces the second; the differential test holds the rules to both.
 */
final class QuestionFinder {
    private QuestionFinder() {
    }

    static FoundQuestions find(LadoCase lado, DecisionAssembler.CaseResult base, QuestionSearch.Trials trials) {
        List<UnknownFacts.Unknown> unknowns = UnknownFacts.of(lado);
        Tally tally = new Tally(results(base));
        if (unknowns.isEmpty()) {
            return tally.found();
        }
        AdultParts parts = new AdultParts(lado);
        Map<Integer, PartResult> partBase = new HashMap<>();
        Map<PartResult, Map<String, Result>> wholeRuns = new HashMap<>();
        for (UnknownFacts.Unknown unknown : unknowns) {
            String field = unknown.path() + "." + unknown.property();
            Integer adult = parts.ownerOf(unknown.path());
            for (JsonNode trial : unknown.trials()) {
                Supplier<Map<String, Result>> wholeCase = () -> results(trials.evaluate(
                        AnsweredCase.answer(lado, unknown.path(), unknown.property(), trial)));
                if (adult == null) {
                    tally.add(field, unknown.question(), wholeCase.get());
                    continue;
                }
                AdultParts.Part part = parts.part(adult);
                if (part.whole()) {
                    tally.add(field, unknown.question(), wholeCase.get());
                    continue;
                }
                PartResult was = partBase.computeIfAbsent(adult, a -> PartResult.of(a, trials.evaluate(part.lado())));
                DecisionAssembler.CaseResult answered = trials.evaluate(AnsweredCase.answer(part.lado(),
                        part.pathInPart().get(unknown.path()), unknown.property(), trial));
                PartResult now = PartResult.of(adult, answered);
                if (!now.equals(was)) {
                    tally.add(field, unknown.question(), wholeRuns.computeIfAbsent(now,
                            k -> results(withAdult(lado, base, adult, answered, trials))));
                }
            }
        }
        return tally.found();
    }

    /**
     * The whole case's result with one adult's result replaced by what their part gave: every other adult's result is
     * as it was, and the rules for the case as a whole work out its actions again from the adults' recommendations.
     */
    private static DecisionAssembler.CaseResult withAdult(LadoCase lado, DecisionAssembler.CaseResult base, int adult,
                                                          DecisionAssembler.CaseResult part,
                                                          QuestionSearch.Trials trials) {
        List<DecisionAssembler.SubjectResult> subjects = new ArrayList<>(base.subjects());
        subjects.set(adult, part.subjects().get(0));
        List<Recommend> recommendations = new ArrayList<>(base.recommendations());
        recommendations.set(adult, part.recommendations().get(0));
        return new DecisionAssembler.CaseResult(subjects, trials.forTheCase(lado, recommendations), recommendations);
    }

    /** What an adult's part gave: the adult's full result and the actions for the part as a whole. */
    private record PartResult(int adult, DecisionAssembler.SubjectResult subject, List<Action> caseActions) {
        static PartResult of(int adult, DecisionAssembler.CaseResult result) {
            return new PartResult(adult, result.subjects().get(0), result.caseActions());
        }
    }

    /** The questions and "could meet" fields found so far, kept in the order the trials find them. */
    private static final class Tally {
        private final Map<String, Result> before;
        private final Map<String, List<Question>> questions = new LinkedHashMap<>();
        private final Map<String, List<String>> couldMeet = new LinkedHashMap<>();

        Tally(Map<String, Result> before) {
            this.before = before;
        }

        void add(String field, String question, Map<String, Result> after) {
            before.forEach((ref, was) -> {
                Result now = after.get(ref);
                if (!now.equals(was)) {
                    List<Question> mine = questions.computeIfAbsent(ref, k -> new ArrayList<>());
                    if (mine.stream().noneMatch(q -> q.field().equals(field))) {
                        mine.add(new Question(field, question));
                    }
                }
                if (was.recommendation().compareTo(Recommendation.MAY_MEET_THRESHOLD) < 0
                        && now.recommendation() == Recommendation.MEETS_THRESHOLD) {
                    List<String> fields = couldMeet.computeIfAbsent(ref, k -> new ArrayList<>());
                    if (!fields.contains(field)) {
                        fields.add(field);
                    }
                }
            });
        }

        FoundQuestions found() {
            return new FoundQuestions(questions, couldMeet);
        }
    }

    /** The part of an adult's result a question must be able to change, with the actions for the whole case. */
    private record Result(Recommendation recommendation, int tier, Object criteria, Object route,
                          List<Object> actions, List<Object> caseActions) {
    }

    private static Map<String, Result> results(DecisionAssembler.CaseResult result) {
        List<Object> caseActions = result.caseActions().stream().map(a -> (Object) a.code()).toList();
        Map<String, Result> byRef = new LinkedHashMap<>();
        for (DecisionAssembler.SubjectResult s : result.subjects()) {
            byRef.put(s.ref(), new Result(s.recommendation(), s.tier(), s.criteria(), s.route(),
                    s.actions().stream().map(Action::code).map(Object.class::cast).toList(), caseActions));
        }
        return byRef;
    }
}

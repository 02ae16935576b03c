package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.LadoCase;
import io.github.ladorules.Question;
import io.github.ladorules.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search for questions as it was first written, kept as the oracle for {@link QuestionFinder}: it evaluates the
 * whole case again, from a JSON copy, for every trial, so its cost grows with size times unknowns, but it assumes
 * nothing about the rules. {@code QuestionSearchDifferentialTest} checks that both give identical decisions.
 *
 * <p>Finds the unknown facts whose answer could change an adult's result, by evaluating the case again with each
 * unknown fact answered each way (one at a time). An adult's result is their recommendation, tier, criteria, route
 * and actions, and the actions for the whole case. It also notes where an answer would make an adult meet the
 * threshold while the known facts do not even reach "may meet": the rules then decide what that means.
 */
final class ExhaustiveQuestionFinder {
    private ExhaustiveQuestionFinder() {
    }

    static FoundQuestions find(LadoCase lado, DecisionAssembler.CaseResult base, QuestionSearch.Trials trials) {
        JsonNode document = Json.JSON.valueToTree(lado);
        Map<String, List<Question>> questions = new LinkedHashMap<>();
        Map<String, List<String>> couldMeet = new LinkedHashMap<>();
        Map<String, Result> before = results(base);
        for (UnknownFacts.Unknown unknown : UnknownFacts.of(document, lado)) {
            String field = unknown.path() + "." + unknown.property();
            for (JsonNode trial : unknown.trials()) {
                Map<String, Result> after = results(trials.evaluate(unknown.answered(document, trial)));
                before.forEach((ref, was) -> {
                    Result now = after.get(ref);
                    if (!now.equals(was)) {
                        List<Question> mine = questions.computeIfAbsent(ref, k -> new ArrayList<>());
                        if (mine.stream().noneMatch(q -> q.field().equals(field))) {
                            mine.add(new Question(field, unknown.question()));
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
        }
        return new FoundQuestions(questions, couldMeet);
    }

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

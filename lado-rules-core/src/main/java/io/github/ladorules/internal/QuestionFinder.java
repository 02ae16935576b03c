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

/**
 * Finds the unknown facts whose answer could change an adult's result, by evaluating the case with each unknown fact
 * answered each way (one at a time). An adult's result is their recommendation, tier, criteria, route and actions,
 * and the actions for the whole case. It also notes where an answer would make an adult meet the threshold while the
 * known facts do not even reach "may meet": the rules then decide what that means.
 *
 * <p>It gives the same answers as evaluating the whole case for every trial (the search it replaced, kept in the
 * tests as the oracle), at a cost that grows with the number of unknown facts, not with that times the size:
 * <ul>
 *   <li>an answer the rules cannot tell from "unknown" is not tried ({@link AnswersLikeUnknown});</li>
 *   <li>a trial answers one record in place ({@link AnsweredCase}) rather than copying the case through JSON;</li>
 *   <li>a fact that belongs to one adult is tried on that adult's part of the case ({@link AdultParts});</li>
 *   <li>an answer that leaves the adult's result as the known facts gave it changes nothing else;</li>
 *   <li>when an answer changes the adult's result, the actions for the whole case (such as a meeting for two or
 *       more adults) may change too, and with them every adult's result. They are worked out again from the adults'
 *       recommendations alone, by the rules for the case as a whole ({@link SessionRun#forTheCase}), not by
 *       evaluating the whole case; answers that give the adult the same new result share that one run.</li>
 * </ul>
 * A fact of the circumstances, or of a child named for several adults or none, is tried on the whole case.
 * This rests on the rules keeping adults apart: a rule joins an adult only with that adult's own concerns and
 * children, and a rule that makes a finding for the whole case sees only the circumstances, the local parameters and
 * what each adult's recommendation is. The engine enforces the second; the differential test holds the rules to both.
 */
final class QuestionFinder {
    private QuestionFinder() {
    }

    static FoundQuestions find(LadoCase lado, DecisionAssembler.CaseResult base, QuestionSearch.Trials trials) {
        List<UnknownFacts.Unknown> unknowns = UnknownFacts.of(lado);
        Map<String, Result> before = results(base);
        Tally tally = new Tally(before);
        if (unknowns.isEmpty()) {
            return tally.found();
        }
        AdultParts parts = new AdultParts(lado);
        Map<Changed, Map<String, Result>> wholeResults = new HashMap<>();
        for (UnknownFacts.Unknown unknown : unknowns) {
            String field = unknown.path() + "." + unknown.property();
            Integer adult = parts.ownerOf(unknown.path());
            for (JsonNode value : unknown.trials()) {
                if (!trials.worthTrying(unknown.property(), value)) {
                    continue;
                }
                if (adult == null) {
                    tally.add(field, unknown.question(), results(trials.evaluate(
                            AnsweredCase.answer(lado, unknown.path(), unknown.property(), value))));
                    continue;
                }
                AdultParts.Part part = parts.part(adult);
                DecisionAssembler.CaseResult answered = trials.evaluate(AnsweredCase.answer(part.lado(),
                        part.pathInPart().get(unknown.path()), unknown.property(), value));
                Outcome now = Outcome.of(answered.subjects().get(0));
                if (!now.equals(before.get(base.subjects().get(adult).ref()).adult())) {
                    tally.add(field, unknown.question(), wholeResults.computeIfAbsent(new Changed(adult, now),
                            k -> withAdult(base, before, adult, answered, trials)));
                }
            }
        }
        return tally.found();
    }

    /** An adult whose result an answer changed, and what it became: answers alike share one result for the case. */
    private record Changed(int adult, Outcome outcome) {
    }

    /**
     * The whole case's result with one adult's result replaced by what an answer on their part gave: every other
     * adult's result is as it was, and the rules for the case as a whole work out its actions again from the adults'
     * recommendations.
     */
    private static Map<String, Result> withAdult(DecisionAssembler.CaseResult base, Map<String, Result> before,
                                                 int adult,
                                                 DecisionAssembler.CaseResult part, QuestionSearch.Trials trials) {
        List<Recommend> recommendations = new ArrayList<>(base.recommendations());
        recommendations.set(adult, part.recommendations().get(0));
        List<Object> caseActions = codes(trials.forTheCase(recommendations));
        String changed = base.subjects().get(adult).ref();
        Map<String, Result> after = new LinkedHashMap<>();
        before.forEach((ref, was) -> after.put(ref, new Result(ref.equals(changed)
                ? Outcome.of(part.subjects().get(0)) : was.adult(), caseActions)));
        return after;
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

    /** What a question must be able to change: an adult's outcome, or the actions for the whole case. */
    private record Result(Outcome adult, List<Object> caseActions) {
        Recommendation recommendation() {
            return adult.recommendation();
        }
    }

    /** The part of an adult's result a question must be able to change. */
    private record Outcome(Recommendation recommendation, int tier, Object criteria, Object route,
                           List<Object> actions) {
        static Outcome of(DecisionAssembler.SubjectResult s) {
            return new Outcome(s.recommendation(), s.tier(), s.criteria(), s.route(), codes(s.actions()));
        }
    }

    private static List<Object> codes(List<Action> actions) {
        return actions.stream().map(Action::code).map(Object.class::cast).toList();
    }

    private static Map<String, Result> results(DecisionAssembler.CaseResult result) {
        List<Object> caseActions = codes(result.caseActions());
        Map<String, Result> byRef = new LinkedHashMap<>();
        for (DecisionAssembler.SubjectResult s : result.subjects()) {
            byRef.put(s.ref(), new Result(Outcome.of(s), caseActions));
        }
        return byRef;
    }
}

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
        List<Trial> all = new ArrayList<>();
        Map<Integer, List<Trial>> byAdult = new LinkedHashMap<>();
        for (UnknownFacts.Unknown unknown : unknowns) {
            Integer adult = parts.ownerOf(unknown.path());
            for (JsonNode value : unknown.trials()) {
                Trial trial = new Trial(unknown, value, adult);
                all.add(trial);
                if (adult != null) {
                    byAdult.computeIfAbsent(adult, k -> new ArrayList<>()).add(trial);
                }
            }
        }
        byAdult.forEach((adult, mine) -> tryOnPart(parts.part(adult), mine, trials));
        Map<Changed, Map<String, Result>> wholeResults = new HashMap<>();
        for (Trial trial : all) {
            String field = trial.unknown.path() + "." + trial.unknown.property();
            if (trial.adult == null) {
                tally.add(field, trial.unknown.question(), results(trials.evaluate(
                        AnsweredCase.answer(lado, trial.unknown.path(), trial.unknown.property(), trial.value))));
                continue;
            }
            String ref = base.subjects().get(trial.adult).ref();
            Outcome now = Outcome.of(trial.subject);
            if (!now.equals(before.get(ref).adult())) {
                tally.add(field, trial.unknown.question(), wholeResults.computeIfAbsent(new Changed(trial.adult, now),
                        k -> withAdult(lado, base, before, trial, trials)));
            }
        }
        return tally.found();
    }

    /** One unknown fact answered one way, and, for a fact of one adult's part, what that adult's result became. */
    private static final class Trial {
        final UnknownFacts.Unknown unknown;
        final JsonNode value;
        final Integer adult;
        DecisionAssembler.SubjectResult subject;
        Recommend recommend;

        Trial(UnknownFacts.Unknown unknown, JsonNode value, Integer adult) {
            this.unknown = unknown;
            this.value = value;
            this.adult = adult;
        }
    }

    /** An adult whose result a trial changed, and what it became: trials alike share one result for the case. */
    private record Changed(int adult, Outcome outcome) {
    }

    /** Tries every answer on one adult's part. */
    private static void tryOnPart(AdultParts.Part part, List<Trial> mine, QuestionSearch.Trials trials) {
        for (Trial trial : mine) {
            DecisionAssembler.CaseResult result = trials.evaluate(AnsweredCase.answer(part.lado(),
                    part.pathInPart().get(trial.unknown.path()), trial.unknown.property(), trial.value));
            trial.subject = result.subjects().get(0);
            trial.recommend = result.recommendations().get(0);
        }
    }

    /**
     * The whole case's result with one adult's result replaced by what a trial on their part gave: every other
     * adult's result is as it was, and the rules for the case as a whole work out its actions again from the adults'
     * recommendations.
     */
    private static Map<String, Result> withAdult(LadoCase lado, DecisionAssembler.CaseResult base,
                                                 Map<String, Result> before, Trial trial,
                                                 QuestionSearch.Trials trials) {
        List<Recommend> recommendations = new ArrayList<>(base.recommendations());
        recommendations.set(trial.adult, trial.recommend);
        List<Object> caseActions = codes(trials.forTheCase(lado, recommendations));
        String changed = base.subjects().get(trial.adult).ref();
        Map<String, Result> after = new LinkedHashMap<>();
        before.forEach((ref, was) -> after.put(ref, new Result(ref.equals(changed) ? Outcome.of(trial.subject)
                : was.adult(), caseActions)));
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

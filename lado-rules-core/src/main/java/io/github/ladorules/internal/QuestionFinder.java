package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.LadoCase;
import io.github.ladorules.Question;
import io.github.ladorules.Recommendation;
import io.github.ladorules.RulesException;
import io.github.ladorules.facts.Recommend;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 *   <li>a fact that belongs to one adult is tried on that adult's part of the case ({@link AdultParts}), and
 *       answers for different adults share one run on their parts together;</li>
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
        List<Trial> planned = new ArrayList<>();
        for (UnknownFacts.Unknown unknown : unknowns) {
            for (JsonNode value : unknown.trials()) {
                if (trials.worthTrying(unknown.property(), value)) {
                    planned.add(new Trial(unknown, value, parts.ownerOf(unknown.path())));
                }
            }
        }
        Map<Trial, AdultAnswer> adultAnswers = tryOnParts(planned, parts, trials);
        Map<Changed, Map<String, Result>> wholeResults = new HashMap<>();
        for (Trial trial : planned) {
            UnknownFacts.Unknown unknown = trial.unknown();
            try {
                if (trial.adult() == null) {
                    tally.add(trial.field(), unknown.question(), results(trials.evaluate(
                            AnsweredCase.answer(lado, unknown.path(), unknown.property(), trial.value()))));
                    continue;
                }
                AdultAnswer answered = adultAnswers.get(trial);
                if (!answered.outcome().equals(before.get(base.subjects().get(trial.adult()).ref()).adult())) {
                    tally.add(trial.field(), unknown.question(), wholeResults.computeIfAbsent(
                            new Changed(trial.adult(), answered.outcome()),
                            k -> withAdult(base, before, trial.adult(), answered, trials)));
                }
            } catch (RulesException e) {
                throw whenAnswered(e, List.of(trial));
            }
        }
        return tally.found();
    }

    /** One unknown fact answered one way, and the adult whose part it belongs to (null: the whole case). */
    private record Trial(UnknownFacts.Unknown unknown, JsonNode value, Integer adult) {
        /** The fact's place in the whole case, as a question names it. */
        String field() {
            return unknown.path() + "." + unknown.property();
        }
    }

    /**
     * A rules error met while answers were tried is the rules' fault, but the case as given does not show it: the
     * error says which answers brought it about, so that a policy lead can see it again by giving those answers.
     */
    private static RulesException whenAnswered(RulesException e, List<Trial> answers) {
        String tried = answers.stream().map(t -> t.field() + " = " + t.value()).collect(Collectors.joining(", "));
        return new RulesException(e.problems().stream().map(p -> new RulesException.Problem(p.file(), p.line(),
                p.message() + " (met when the search for questions tried " + tried + ")")).toList());
    }

    /** What an answer on an adult's part made of that adult. */
    private record AdultAnswer(Outcome outcome, Recommend recommendation) {
    }

    /**
     * Tries every answer that belongs to one adult, on that adult's part. Answers for different adults share a run
     * on those adults' parts together (the rules keep adults apart, so each adult's result is what a run on their part
     * alone would give): the first answer of every adult in one run, then the second, and so on. A run's fixed cost
     * (a session made ready, two firing steps) is then paid once for many answers.
     */
    private static Map<Trial, AdultAnswer> tryOnParts(List<Trial> planned, AdultParts parts,
                                                      QuestionSearch.Trials trials) {
        Map<Integer, List<Trial>> byAdult = new TreeMap<>();
        planned.stream().filter(t -> t.adult() != null)
                .forEach(t -> byAdult.computeIfAbsent(t.adult(), k -> new ArrayList<>()).add(t));
        Map<Trial, AdultAnswer> answers = new IdentityHashMap<>();
        int rounds = byAdult.values().stream().mapToInt(List::size).max().orElse(0);
        for (int round = 0; round < rounds; round++) {
            List<Trial> together = new ArrayList<>();
            for (List<Trial> mine : byAdult.values()) {
                if (round < mine.size()) {
                    together.add(mine.get(round));
                }
            }
            DecisionAssembler.CaseResult result;
            try {
                result = tryTogether(together, parts, trials);
            } catch (RulesException e) {
                throw culprit(together, parts, trials).orElseGet(() -> whenAnswered(e, together));
            }
            for (int i = 0; i < together.size(); i++) {
                answers.put(together.get(i), new AdultAnswer(Outcome.of(result.subjects().get(i)),
                        result.recommendations().get(i)));
            }
        }
        return answers;
    }

    /** The answers, each for a different adult, tried in one run on those adults' parts together. */
    private static DecisionAssembler.CaseResult tryTogether(List<Trial> together, AdultParts parts,
                                                            QuestionSearch.Trials trials) {
        AdultParts.Part part = parts.part(together.stream().map(Trial::adult).toList());
        LadoCase variant = part.lado();
        for (Trial trial : together) {
            variant = AnsweredCase.answer(variant, part.pathInPart().get(trial.unknown().path()),
                    trial.unknown().property(), trial.value());
        }
        return trials.evaluate(variant, part.positions());
    }

    /**
     * Which answer of a run that met a rules error brings the error about on its own, tried again one at a time (the
     * rules keep adults apart, so one will), as the error that answer meets. Only a failing run pays for this.
     */
    private static Optional<RulesException> culprit(List<Trial> together, AdultParts parts,
                                                    QuestionSearch.Trials trials) {
        for (Trial trial : together) {
            try {
                tryTogether(List.of(trial), parts, trials);
            } catch (RulesException alone) {
                return Optional.of(whenAnswered(alone, List.of(trial)));
            }
        }
        return Optional.empty();
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
                                                 int adult, AdultAnswer answered, QuestionSearch.Trials trials) {
        List<Recommend> recommendations = new ArrayList<>(base.recommendations());
        recommendations.set(adult, answered.recommendation());
        List<Object> caseActions = codes(trials.forTheCase(recommendations));
        String changed = base.subjects().get(adult).ref();
        Map<String, Result> after = new LinkedHashMap<>();
        before.forEach((ref, was) -> after.put(ref, new Result(ref.equals(changed) ? answered.outcome() : was.adult(),
                caseActions)));
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

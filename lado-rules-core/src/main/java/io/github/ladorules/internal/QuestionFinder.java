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
 *   <li>an answer the rules cannot tell from "unknown" is not tried, nor a concern's fact that only rules for
 *       concerns of other indicators read ({@link AnswersLikeUnknown});</li>
 *   <li>a trial answers one record in place ({@link AnsweredCase}) rather than copying the case through JSON;</li>
 *   <li>a fact that belongs to one adult is tried on that adult's part of the case ({@link AdultParts}), each
 *       answer on a copy of that part of its own, as many copies to a run as fit;</li>
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
    /**
     * The most records (adults, concerns, children) the copies tried in one run may hold: about four times the largest
     * case the schema allows, so one case's trials never hold much more in memory at once than a run of a whole case
     * does, while the shipped example's seven answers, or thirty answers on ten small adults, share one run.
     */
    private static final int RECORDS_PER_RUN = 480;

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
            String indicator = indicatorOfConcernAt(lado, unknown.path());
            for (JsonNode value : unknown.trials()) {
                if (trials.worthTrying(unknown.property(), value, indicator)) {
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

    /** The indicator of the concern at this path (as {@code concerns[2]}), or null when it is not a concern's. */
    private static String indicatorOfConcernAt(LadoCase lado, String path) {
        ObjectPath at = ObjectPath.of(path);
        return at.name().equals("concerns") && at.inList() ? lado.concerns().get(at.index()).indicator() : null;
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
     * Tries every answer that belongs to one adult, on that adult's part, in as few runs as fit: each answer on a copy
     * of its adult's part of its own (the rules keep adults apart, so each copy's result is what a run on that part
     * alone would give). A run's fixed cost (a session made ready, two firing steps) is then paid once for many
     * answers, and a run holds at most {@link #RECORDS_PER_RUN} of the copies' records.
     */
    private static Map<Trial, AdultAnswer> tryOnParts(List<Trial> planned, AdultParts parts,
                                                      QuestionSearch.Trials trials) {
        Map<Trial, AdultAnswer> answers = new IdentityHashMap<>();
        List<Trial> run = new ArrayList<>();
        int records = 0;
        for (Trial trial : planned) {
            if (trial.adult() == null) {
                continue;
            }
            int size = parts.ofAdult(trial.adult()).records();
            if (!run.isEmpty() && records + size > RECORDS_PER_RUN) {
                tryInOneRun(run, parts, trials, answers);
                run = new ArrayList<>();
                records = 0;
            }
            run.add(trial);
            records += size;
        }
        if (!run.isEmpty()) {
            tryInOneRun(run, parts, trials, answers);
        }
        return answers;
    }

    /** Tries these answers in one run and notes what each made of its adult; a rules error names the answer. */
    private static void tryInOneRun(List<Trial> run, AdultParts parts, QuestionSearch.Trials trials,
                                    Map<Trial, AdultAnswer> answers) {
        DecisionAssembler.CaseResult result;
        try {
            result = tryApart(run, parts, trials);
        } catch (RulesException e) {
            throw culprit(run, parts, trials).orElseGet(() -> whenAnswered(e, run));
        }
        for (int i = 0; i < run.size(); i++) {
            answers.put(run.get(i), new AdultAnswer(Outcome.of(result.subjects().get(i)),
                    result.recommendations().get(i)));
        }
    }

    /** The answers, each on its own copy of its adult's part, tried in one run. */
    private static DecisionAssembler.CaseResult tryApart(List<Trial> answers, AdultParts parts,
                                                         QuestionSearch.Trials trials) {
        List<LadoCase> variants = new ArrayList<>();
        List<FactMapper.Positions> positions = new ArrayList<>();
        for (Trial trial : answers) {
            AdultParts.Part part = parts.ofAdult(trial.adult());
            variants.add(AnsweredCase.answer(part.lado(), part.pathInPart().get(trial.unknown().path()),
                    trial.unknown().property(), trial.value()));
            positions.add(part.positions());
        }
        return trials.evaluateApart(variants, positions);
    }

    /**
     * Which answer of a run that met a rules error brings the error about on its own, tried again one at a time (the
     * rules keep adults apart, so one will), as the error that answer meets. Only a failing run pays for this.
     */
    private static Optional<RulesException> culprit(List<Trial> together, AdultParts parts,
                                                    QuestionSearch.Trials trials) {
        for (Trial trial : together) {
            try {
                tryApart(List.of(trial), parts, trials);
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

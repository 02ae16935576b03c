package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Action;
import io.github.ladorules.Decision;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.facts.Finding;
import io.github.ladorules.facts.Recommend;
import io.github.ladorules.facts.Subject;
import io.github.ladorules.facts.UnknownCouldMeet;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Evaluates validated cases against compiled editions. Thread-safe: each run of the rules has a session to itself
 * (taken from a pool, and reset when handed back), and a decision is a pure function of the case, the edition and
 * the local profile. Each evaluation has a deadline, counted once the edition is compiled: it covers the run on the
 * known facts, every trial of the unknown-fact search (checked between trials) and every rule firing (checked
 * before each).
 */
public final class Evaluator {
    private final EditionCatalogue catalogue;
    private final LocalProfile profile;
    private final WorkingDayCalendar calendar;
    private final String engineVersion;
    private final Duration deadline;
    private final QuestionSearch search;
    private final Function<KieBase, KieSession> sessions;
    /**
     * Sessions for the runs of the rules for the case as a whole alone. A pooled session is reset node by node, for
     * every node it has ever reached; these runs reach few, so they keep pools of their own rather than pay to reset
     * the nodes a whole evaluation reached.
     */
    private final Function<KieBase, KieSession> caseSessions;
    /**
     * Whether to evaluate as the engine did before its search was made faster, as the tests' oracle does: every trial
     * assembles a full result rather than an outline, and the run that tells the rules which adults could meet the
     * threshold is a run of the whole case rather than of those adults' parts.
     */
    private final boolean asBefore;

    public Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar, String engineVersion,
                     Duration deadline) {
        this(catalogue, profile, calendar, engineVersion, deadline, QuestionFinder::find, new SessionPools()::open,
                new SessionPools()::open, false);
    }

    /**
     * With another search for questions and another source of sessions: the tests pass the exhaustive search, a new
     * session for every run and {@code asBefore} (the engine as it was before these were made faster), to compare
     * decisions.
     */
    Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar, String engineVersion,
              Duration deadline, QuestionSearch search, Function<KieBase, KieSession> sessions, boolean asBefore) {
        this(catalogue, profile, calendar, engineVersion, deadline, search, sessions, sessions, asBefore);
    }

    private Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar,
                      String engineVersion, Duration deadline, QuestionSearch search,
                      Function<KieBase, KieSession> sessions, Function<KieBase, KieSession> caseSessions,
                      boolean asBefore) {
        this.asBefore = asBefore;
        this.search = search;
        this.sessions = sessions;
        this.caseSessions = caseSessions;
        this.catalogue = catalogue;
        this.profile = profile;
        this.calendar = calendar;
        this.engineVersion = engineVersion;
        this.deadline = deadline;
    }

    public Decision evaluate(LadoCase lado, EditionInfo info) {
        CompiledEdition edition = catalogue.compiled(info);
        Deadline by = Deadline.after(deadline);
        FactMapper.CaseFacts facts = FactMapper.map(lado, profile);
        DecisionAssembler.CaseResult known = resultOf(lado, facts, edition, Map.of(), by, true);
        CaseActions caseActions = new CaseActions(lado, facts, edition, known, by);
        FoundQuestions found = search.find(lado, known, new QuestionSearch.Trials() {
            @Override
            public DecisionAssembler.CaseResult evaluate(LadoCase variant) {
                by.check();
                return resultOf(variant, FactMapper.map(variant, profile), edition, Map.of(), by, asBefore);
            }

            @Override
            public DecisionAssembler.CaseResult evaluateApart(List<LadoCase> variants,
                                                              List<FactMapper.Positions> positions) {
                by.check();
                List<FactMapper.CaseFacts> apart = new ArrayList<>();
                for (int i = 0; i < variants.size(); i++) {
                    apart.add(FactMapper.map(variants.get(i), profile, positions.get(i)));
                }
                FactMapper.CaseFacts sideBySide = FactMapper.CaseFacts.sideBySide(apart);
                return assembled(lado, sideBySide, edition,
                        SessionRun.forAdults(edition, sessions, sideBySide, by), asBefore);
            }

            @Override
            public List<Action> forTheCase(List<Recommend> recommendations) {
                return caseActions.of(recommendations);
            }

            @Override
            public boolean worthTrying(String property, JsonNode answer, String indicator) {
                return !edition.answersLikeUnknown().likeUnknown(property, answer, indicator);
            }
        });
        DecisionAssembler.CaseResult result;
        if (found.couldMeet().isEmpty()) {
            result = known;
        } else if (asBefore) {
            result = resultOf(lado, facts, edition, found.couldMeet(), by, true);
        } else {
            result = withCouldMeet(lado, edition, known, found.couldMeet(), caseActions, by);
        }
        return DecisionAssembler.decision(lado, edition, engineVersion, result, found.questions());
    }

    /**
     * The result once the rules are told which adults an unknown fact could make meet the threshold: those adults'
     * parts are run again with that news, and every other adult keeps the result of the known facts, which a run of
     * the whole case would give them again (the rules keep adults apart). The actions for the whole case follow from
     * the adults' recommendations, old and new.
     */
    private DecisionAssembler.CaseResult withCouldMeet(LadoCase lado, CompiledEdition edition,
                                                       DecisionAssembler.CaseResult known,
                                                       Map<String, List<String>> couldMeet, CaseActions caseActions,
                                                       Deadline by) {
        List<Integer> adults = new ArrayList<>();
        for (int i = 0; i < known.subjects().size(); i++) {
            if (couldMeet.containsKey(known.subjects().get(i).ref())) {
                adults.add(i);
            }
        }
        AdultParts.Part part = new AdultParts(lado).part(adults);
        by.check();
        FactMapper.CaseFacts partFacts = FactMapper.map(part.lado(), profile, part.positions());
        DecisionAssembler.CaseResult told = resultOf(part.lado(), partFacts, edition, couldMeet, by, true);
        List<DecisionAssembler.SubjectResult> subjects = new ArrayList<>(known.subjects());
        List<Recommend> recommendations = new ArrayList<>(known.recommendations());
        for (int i = 0; i < adults.size(); i++) {
            subjects.set(adults.get(i), told.subjects().get(i));
            recommendations.set(adults.get(i), told.recommendations().get(i));
        }
        return new DecisionAssembler.CaseResult(List.copyOf(subjects), caseActions.of(recommendations),
                List.copyOf(recommendations));
    }

    /**
     * The actions for the case as a whole, by what the rules for them may see of the recommendations: how many there
     * are of each value and rule. Not whose they are, so not their order either (which is the order of the adults).
     * Each set of recommendations costs one run of those rules alone; the known facts' run has already given the
     * actions for its own.
     */
    private final class CaseActions {
        private final LadoCase lado;
        private final FactMapper.CaseFacts facts;
        private final CompiledEdition edition;
        private final Deadline by;
        private final Map<Map<List<Object>, Long>, List<Action>> bySeen = new HashMap<>();

        CaseActions(LadoCase lado, FactMapper.CaseFacts facts, CompiledEdition edition,
                    DecisionAssembler.CaseResult known, Deadline by) {
            this.lado = lado;
            this.facts = facts;
            this.edition = edition;
            this.by = by;
            bySeen.put(seen(known.recommendations()), known.caseActions());
        }

        /** The actions, in full (due dates and reasons), for these recommendations, one for each adult in order. */
        List<Action> of(List<Recommend> recommendations) {
            return bySeen.computeIfAbsent(seen(recommendations), k -> {
                by.check();
                List<Finding> findings = SessionRun.forTheCase(edition, caseSessions, facts, recommendations, by);
                return new DecisionAssembler(edition, calendar)
                        .assemble(lado, List.of(), findings, List.of(), FactMapper.Positions.WHOLE).caseActions();
            });
        }
    }

    /** How many recommendations there are of each value and rule. */
    private static Map<List<Object>, Long> seen(List<Recommend> recommendations) {
        return recommendations.stream().collect(Collectors.groupingBy(
                r -> List.<Object>of(r.getRecommendation(), r.getRule()), Collectors.counting()));
    }

    /** The result on the known facts, told which adults an unknown fact could make meet the threshold. */
    private DecisionAssembler.CaseResult resultOf(LadoCase lado, FactMapper.CaseFacts facts, CompiledEdition edition,
                                                  Map<String, List<String>> couldMeet, Deadline by, boolean full) {
        List<Object> extra = new ArrayList<>();
        for (Subject subject : facts.subjects()) {
            couldMeet.getOrDefault(subject.getRef(), List.of())
                    .forEach(field -> extra.add(new UnknownCouldMeet(subject, field)));
        }
        return assembled(lado, facts, edition, SessionRun.run(edition, sessions, facts, extra, by), full);
    }

    /** A run's outcome as a result in full, or in outline (for a trial of the question search). */
    private DecisionAssembler.CaseResult assembled(LadoCase lado, FactMapper.CaseFacts facts, CompiledEdition edition,
                                                   SessionRun.Outcome outcome, boolean full) {
        DecisionAssembler assembler = new DecisionAssembler(edition, calendar);
        return full
                ? assembler.assemble(lado, facts.subjects(), outcome.findings(), outcome.tiers(), facts.positions())
                : assembler.outline(lado, facts.subjects(), outcome.findings(), outcome.tiers(), facts.positions());
    }
}

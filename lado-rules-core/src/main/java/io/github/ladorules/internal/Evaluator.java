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
    /** Whether each trial of the search assembles a full result rather than an outline (the tests' oracle does). */
    private final boolean fullTrials;

    public Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar, String engineVersion,
                     Duration deadline) {
        this(catalogue, profile, calendar, engineVersion, deadline, QuestionFinder::find, new SessionPools()::open,
                new SessionPools()::open, false);
    }

    /**
     * With another search for questions and another source of sessions: the tests pass the exhaustive search, a new
     * session for every run and a full result for every trial (the engine as it was before all three were made
     * faster), to compare decisions.
     */
    Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar, String engineVersion,
              Duration deadline, QuestionSearch search, Function<KieBase, KieSession> sessions, boolean fullTrials) {
        this(catalogue, profile, calendar, engineVersion, deadline, search, sessions, sessions, fullTrials);
    }

    private Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar,
                      String engineVersion, Duration deadline, QuestionSearch search,
                      Function<KieBase, KieSession> sessions, Function<KieBase, KieSession> caseSessions,
                      boolean fullTrials) {
        this.fullTrials = fullTrials;
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
        FoundQuestions found = search.find(lado, known, new QuestionSearch.Trials() {
            @Override
            public DecisionAssembler.CaseResult evaluate(LadoCase variant) {
                by.check();
                return resultOf(variant, FactMapper.map(variant, profile), edition, Map.of(), by, fullTrials);
            }

            /**
             * Runs for the case as a whole, by what the rules may see of the recommendations: how many there are of
             * each value and rule. Not whose they are, so not their order either (which is the order of the adults).
             * The known facts' run has already given the actions for its own recommendations.
             */
            private final Map<Map<List<Object>, Long>, List<Action>> forTheCase = new HashMap<>(
                    Map.of(seen(known.recommendations()), known.caseActions()));

            @Override
            public List<Action> forTheCase(List<Recommend> recommendations) {
                return forTheCase.computeIfAbsent(seen(recommendations), k -> {
                    by.check();
                    List<Finding> findings = SessionRun.forTheCase(edition, caseSessions, facts, recommendations, by);
                    return new DecisionAssembler(edition, calendar).outline(lado, List.of(), findings, List.of())
                            .caseActions();
                });
            }

            @Override
            public boolean worthTrying(String property, JsonNode answer) {
                return !edition.answersLikeUnknown().likeUnknown(property, answer);
            }
        });
        DecisionAssembler.CaseResult result = found.couldMeet().isEmpty() ? known
                : resultOf(lado, facts, edition, found.couldMeet(), by, true);
        return DecisionAssembler.decision(lado, edition, engineVersion, result, found.questions());
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
        SessionRun.Outcome outcome = SessionRun.run(edition, sessions, facts, extra, by);
        DecisionAssembler assembler = new DecisionAssembler(edition, calendar);
        return full ? assembler.assemble(lado, facts.subjects(), outcome.findings(), outcome.tiers())
                : assembler.outline(lado, facts.subjects(), outcome.findings(), outcome.tiers());
    }
}

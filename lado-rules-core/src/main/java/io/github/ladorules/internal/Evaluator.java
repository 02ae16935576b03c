package io.github.ladorules.internal;

import io.github.ladorules.Decision;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.facts.Subject;
import io.github.ladorules.facts.UnknownCouldMeet;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates validated cases against compiled editions. Immutable and thread-safe: each evaluation has its own
 * session, and a decision is a pure function of the case, the edition and the local profile.
 */
public final class Evaluator {
    private final EditionCatalogue catalogue;
    private final LocalProfile profile;
    private final WorkingDayCalendar calendar;
    private final String engineVersion;

    public Evaluator(EditionCatalogue catalogue, LocalProfile profile, WorkingDayCalendar calendar, String engineVersion) {
        this.catalogue = catalogue;
        this.profile = profile;
        this.calendar = calendar;
        this.engineVersion = engineVersion;
    }

    public Decision evaluate(LadoCase lado, EditionInfo info) {
        CompiledEdition edition = catalogue.compiled(info);
        DecisionAssembler.CaseResult known = resultOf(lado, edition, Map.of());
        QuestionFinder.Found found = QuestionFinder.find(lado, known, variant -> resultOf(variant, edition, Map.of()));
        DecisionAssembler.CaseResult result = found.couldMeet().isEmpty() ? known
                : resultOf(lado, edition, found.couldMeet());
        return DecisionAssembler.decision(lado, edition, engineVersion, result, found.questions());
    }

    /** The result on the known facts, told which adults an unknown fact could make meet the threshold. */
    private DecisionAssembler.CaseResult resultOf(LadoCase lado, CompiledEdition edition,
                                                  Map<String, List<String>> couldMeet) {
        FactMapper.CaseFacts facts = FactMapper.map(lado, profile);
        List<Object> extra = new ArrayList<>();
        for (Subject subject : facts.subjects()) {
            couldMeet.getOrDefault(subject.getRef(), List.of())
                    .forEach(field -> extra.add(new UnknownCouldMeet(subject, field)));
        }
        SessionRun.Outcome outcome = SessionRun.run(edition, facts, extra);
        return new DecisionAssembler(edition, calendar).assemble(lado, facts.subjects(), outcome.findings(),
                outcome.tiers());
    }
}

package io.github.ladorules.internal;

import io.github.ladorules.Decision;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.Question;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
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
        DecisionAssembler.CaseResult result = resultOf(lado, edition);
        Map<String, List<Question>> questions = Map.of();
        return DecisionAssembler.decision(lado, edition, engineVersion, result, questions);
    }

    DecisionAssembler.CaseResult resultOf(LadoCase lado, CompiledEdition edition) {
        FactMapper.CaseFacts facts = FactMapper.map(lado, profile);
        SessionRun.Outcome outcome = SessionRun.run(edition, facts);
        return new DecisionAssembler(edition, calendar).assemble(lado, facts.subjects(), outcome.findings(),
                outcome.tiers());
    }
}

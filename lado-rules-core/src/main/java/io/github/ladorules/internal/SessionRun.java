package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import io.github.ladorules.facts.ConcernAssessment;
import io.github.ladorules.facts.Concern;
import io.github.ladorules.facts.Finding;
import io.github.ladorules.facts.Indication;
import io.github.ladorules.facts.LowerTier;
import io.github.ladorules.facts.RaiseTier;
import io.github.ladorules.facts.Subject;
import io.github.ladorules.facts.SubjectAssessment;
import io.github.ladorules.Criterion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation in its own short-lived session. A case is evaluated in two steps. First the classification rules
 * (matrix rows and modifiers) fire on the case's facts. Then each concern's tier is settled (the highest of its rows
 * and raises, held down by any limit) and each adult's tier is the highest of their concerns, as SPEC section 6
 * defines; those assessments are inserted and the rules that decide (criteria, recommendation, route, actions) fire
 * on them. An outcome needs only one step.
 */
final class SessionRun {
    /** No sound rule base comes near this; reaching it means a rule keeps re-triggering itself. */
    private static final int MAX_FIRINGS = 20_000;

    private SessionRun() {
    }

    /** What the rules found, and the tiers the engine settled between the two steps. */
    record Outcome(List<Finding> findings, List<SubjectAssessment> tiers) {
    }

    static Outcome run(CompiledEdition edition, FactMapper.CaseFacts facts, List<Object> engineFacts) {
        KieSession session = edition.kieBase().newKieSession();
        try {
            facts.all().forEach(session::insert);
            engineFacts.forEach(session::insert);
            fire(session, edition);
            List<Object> classified = new ArrayList<>(session.getObjects());
            List<SubjectAssessment> tiers = new ArrayList<>();
            for (Subject subject : facts.subjects()) {
                int subjectTier = 0;
                for (Concern concern : facts.concerns()) {
                    if (concern.getSubject() != subject) {
                        continue;
                    }
                    ConcernAssessment assessment = assess(concern, classified, edition);
                    session.insert(assessment);
                    subjectTier = Math.max(subjectTier, assessment.getTier());
                }
                SubjectAssessment tier = new SubjectAssessment(subject, subjectTier);
                tiers.add(tier);
                session.insert(tier);
            }
            fire(session, edition);
            List<Finding> findings = session.getObjects(o -> o instanceof Finding).stream()
                    .map(Finding.class::cast).toList();
            return new Outcome(findings, List.copyOf(tiers));
        } finally {
            session.dispose();
        }
    }

    /**
     * One step, for rules that need nothing settled between firings (the outcome rules): insert the facts, fire,
     * and return every finding.
     */
    static List<Finding> runOnce(CompiledEdition edition, List<Object> facts) {
        KieSession session = edition.kieBase().newKieSession();
        try {
            facts.forEach(session::insert);
            fire(session, edition);
            return session.getObjects(o -> o instanceof Finding).stream().map(Finding.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    private static ConcernAssessment assess(Concern concern, List<Object> facts, CompiledEdition edition) {
        int highest = 0;
        int limit = 5;
        boolean matched = false;
        Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
        for (Object fact : facts) {
            if (fact instanceof Indication i && i.getConcern() == concern) {
                matched = true;
                highest = Math.max(highest, i.getTier());
                criteria.addAll(i.getCriteria());
            } else if (fact instanceof RaiseTier r && r.getConcern() == concern) {
                highest = Math.max(highest, r.getTier());
            } else if (fact instanceof LowerTier l && l.getConcern() == concern) {
                limit = Math.min(limit, l.getTier());
            }
        }
        if (!matched) {
            throw RulesException.of(edition.info().id(), "no matrix row in this edition matches indicator "
                    + concern.getIndicator() + " (concerns[" + concern.getIndex() + "])");
        }
        return new ConcernAssessment(concern, Math.min(highest, limit), criteria);
    }

    private static void fire(KieSession session, CompiledEdition edition) {
        int fired = session.fireAllRules(MAX_FIRINGS);
        if (fired >= MAX_FIRINGS) {
            throw RulesException.of(edition.info().id(), "rules fired " + fired
                    + " times in one evaluation; a rule is probably re-triggering itself");
        }
    }
}

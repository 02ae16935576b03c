package io.github.ladorules.internal;

import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import io.github.ladorules.facts.ConcernAssessment;
import io.github.ladorules.facts.Concern;
import io.github.ladorules.facts.Finding;
import io.github.ladorules.facts.Indication;
import io.github.ladorules.facts.LowerTier;
import io.github.ladorules.facts.RaiseTier;
import io.github.ladorules.facts.Recommend;
import io.github.ladorules.facts.Subject;
import io.github.ladorules.facts.SubjectAssessment;
import io.github.ladorules.Criterion;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Predicate;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One run of the rules in a session of its own (new, or from a pool and reset when it is disposed), so no run sees
 * another's facts. A case is evaluated in two steps. First the classification rules
 * (matrix rows and modifiers) fire on the case's facts. Then each concern's tier is settled (the highest of its rows
 * and raises, held down by any limit) and each adult's tier is the highest of their concerns, as SPEC section 6
 * defines; those assessments are inserted and the rules that decide (criteria, recommendation, route, actions) fire
 * on them. An outcome needs only one step.
 *
 * <p>Firings are bounded in number and in time. The number grows with the input (a rule may fire once for each
 * concern and child it joins), so a large valid case is never mistaken for a rule that re-triggers itself; the time
 * is the evaluation's {@link Deadline}, checked before every firing.
 */
final class SessionRun {
    /** No sound rule base comes near this on a one-adult case; reaching it means a rule keeps re-triggering itself. */
    private static final int BASE_FIRINGS = 20_000;
    /** Firings allowed for each fact and each link between a concern and a child, on top of the base. */
    private static final int FIRINGS_PER_FACT = 200;
    /** Drools names the rule whose condition failed in its message: [Rule "name" in file]. */
    private static final Pattern RULE_IN_MESSAGE = Pattern.compile("Rule \"([^\"]+)\"");

    private static final Predicate<String> ANY_RULE = rule -> true;

    private SessionRun() {
    }

    /** What the rules found, and the tiers the engine settled between the two steps. */
    record Outcome(List<Finding> findings, List<SubjectAssessment> tiers) {
    }

    /** In a new session of its own, disposed at the end. */
    static Outcome run(CompiledEdition edition, FactMapper.CaseFacts facts, List<Object> engineFacts) {
        return run(edition, KieBase::newKieSession, facts, engineFacts, Deadline.NONE);
    }

    /**
     * In a session from {@code sessions}, disposed at the end (for a pooled session, reset and handed back).
     */
    static Outcome run(CompiledEdition edition, Function<KieBase, KieSession> sessions, FactMapper.CaseFacts facts,
                       List<Object> engineFacts, Deadline deadline) {
        return run(edition, sessions, facts, engineFacts, deadline, ANY_RULE);
    }

    /**
     * As {@link #run}, but the rules for the case as a whole ({@link CompiledEdition#seesOnlyTheCase}) do not fire,
     * so the outcome has no findings for the case. For copies of adults' parts side by side, where such a rule would
     * count the copies as adults of one case: its findings would mean nothing, and the search for questions works
     * them out from the adults' recommendations ({@link #forTheCase}) instead.
     */
    static Outcome forAdults(CompiledEdition edition, Function<KieBase, KieSession> sessions,
                             FactMapper.CaseFacts facts, Deadline deadline) {
        return run(edition, sessions, facts, List.of(), deadline, rule -> !edition.seesOnlyTheCase(rule));
    }

    private static Outcome run(CompiledEdition edition, Function<KieBase, KieSession> sessions,
                               FactMapper.CaseFacts facts, List<Object> engineFacts, Deadline deadline,
                               Predicate<String> rules) {
        int links = facts.concerns().stream().mapToInt(c -> c.getChildren().size()).sum();
        int maxFirings = BASE_FIRINGS + FIRINGS_PER_FACT * (facts.all().size() + engineFacts.size() + links);
        KieSession session = sessions.apply(edition.concerns());
        try {
            facts.all().forEach(session::insert);
            engineFacts.forEach(session::insert);
            fire(session, edition, maxFirings, deadline, rules);
            List<SubjectAssessment> tiers = settle(session, facts, edition);
            fire(session, edition, maxFirings, deadline, rules);
            List<Finding> findings = session.getObjects(o -> o instanceof Finding).stream()
                    .map(Finding.class::cast).toList();
            for (Finding finding : findings) {
                if (finding.getSubject() == null && !edition.seesOnlyTheCase(finding.getRule())) {
                    throw ruleFailed(edition, finding.getRule(), "made a finding for the case as a whole, so its"
                            + " conditions may match only the case's circumstances, the local parameters and adults'"
                            + " recommendations (Circumstances, LocalParameters, Recommend), never whose they are"
                            + " (a recommendation's subject)");
                }
            }
            return new Outcome(findings, List.copyOf(tiers));
        } finally {
            session.dispose();
        }
    }

    /**
     * The findings for the case as a whole, worked out from the case's circumstances, the local parameters and each
     * adult's recommendation alone. Only rules that see nothing else make such findings ({@link #run} refuses any
     * other), and they match the same facts here as in a run of the whole case, so they give the same findings; the
     * question search uses this instead of evaluating the whole case again. No other rule fires here (a rule that
     * reads only an adult's recommendation would otherwise make findings about that adult, which nothing here reads).
     */
    static List<Finding> forTheCase(CompiledEdition edition, Function<KieBase, KieSession> sessions,
                                    FactMapper.CaseFacts facts, List<Recommend> recommendations, Deadline deadline) {
        KieSession session = sessions.apply(edition.concerns());
        try {
            session.insert(facts.circumstances());
            session.insert(facts.parameters());
            recommendations.forEach(session::insert);
            fire(session, edition, BASE_FIRINGS + FIRINGS_PER_FACT * (2 + recommendations.size()), deadline,
                    edition::seesOnlyTheCase);
            return session.getObjects(o -> o instanceof Finding f && f.getSubject() == null).stream()
                    .map(Finding.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    /**
     * One step, for rules that need nothing settled between firings (the outcome rules, in the edition's outcome rule
     * base): insert the facts, fire, and return every finding.
     */
    static List<Finding> runOnce(CompiledEdition edition, List<Object> facts) {
        KieSession session = edition.outcomes().newKieSession();
        try {
            facts.forEach(session::insert);
            fire(session, edition, BASE_FIRINGS + FIRINGS_PER_FACT * facts.size(), Deadline.NONE, ANY_RULE);
            return session.getObjects(o -> o instanceof Finding).stream().map(Finding.class::cast).toList();
        } finally {
            session.dispose();
        }
    }

    /**
     * Settles each concern's tier from what the first step found, inserts it, and then each adult's tier (the highest
     * of their concerns'), adult by adult in the case's order. Linear in the facts: each is looked at once.
     */
    private static List<SubjectAssessment> settle(KieSession session, FactMapper.CaseFacts facts,
                                                  CompiledEdition edition) {
        Map<Concern, Settling> settling = new IdentityHashMap<>();
        Map<Subject, List<Concern>> concernsOf = new IdentityHashMap<>();
        for (Concern concern : facts.concerns()) {
            settling.put(concern, new Settling());
            concernsOf.computeIfAbsent(concern.getSubject(), k -> new ArrayList<>()).add(concern);
        }
        for (Object fact : session.getObjects()) {
            if (fact instanceof Indication i && settling.containsKey(i.getConcern())) {
                settling.get(i.getConcern()).row(i);
            } else if (fact instanceof RaiseTier r && settling.containsKey(r.getConcern())) {
                settling.get(r.getConcern()).raise(r.getTier());
            } else if (fact instanceof LowerTier l && settling.containsKey(l.getConcern())) {
                settling.get(l.getConcern()).limit(l.getTier());
            }
        }
        List<SubjectAssessment> tiers = new ArrayList<>();
        for (Subject subject : facts.subjects()) {
            int subjectTier = 0;
            for (Concern concern : concernsOf.getOrDefault(subject, List.of())) {
                ConcernAssessment assessment = settling.get(concern).assessment(concern, edition);
                session.insert(assessment);
                subjectTier = Math.max(subjectTier, assessment.getTier());
            }
            SubjectAssessment tier = new SubjectAssessment(subject, subjectTier);
            tiers.add(tier);
            session.insert(tier);
        }
        return tiers;
    }

    /**
     * A concern's tier as it is settled: the highest of its matrix rows and raises, held down by its lowest limit; its
     * criteria are those of its rows.
     */
    private static final class Settling {
        private int highest;
        private int limit = 5;
        private boolean matched;
        private final Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);

        void row(Indication row) {
            matched = true;
            highest = Math.max(highest, row.getTier());
            criteria.addAll(row.getCriteria());
        }

        void raise(int tier) {
            highest = Math.max(highest, tier);
        }

        void limit(int tier) {
            limit = Math.min(limit, tier);
        }

        ConcernAssessment assessment(Concern concern, CompiledEdition edition) {
            if (!matched) {
                throw RulesException.of(edition.info().id(), "no matrix row in this edition matches indicator "
                        + concern.getIndicator() + " (concerns[" + concern.getIndex() + "])");
            }
            return new ConcernAssessment(concern, Math.min(highest, limit), criteria);
        }
    }

    /**
     * Fires the agenda. Past the deadline the filter refuses every remaining match, so the session stops at once and
     * the evaluation fails with the deadline; a rule not in {@code rules} is never fired. A rule that throws is a
     * rules error naming that rule; its exception's message is not repeated, as it may print the facts (case content).
     */
    private static void fire(KieSession session, CompiledEdition edition, int maxFirings, Deadline deadline,
                             Predicate<String> rules) {
        boolean[] late = {false};
        int fired;
        try {
            fired = session.fireAllRules(match -> {
                if (late[0] || deadline.passed()) {
                    late[0] = true;
                    return false;
                }
                return rules.test(match.getRule().getName());
            }, maxFirings);
        } catch (ConsequenceException e) {
            throw ruleFailed(edition, e.getRule().getName(), "threw " + e.getCause().getClass().getSimpleName()
                    + " in its then part");
        } catch (RuntimeException e) {
            if (e instanceof RulesException) {
                throw e;
            }
            Matcher rule = RULE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
            if (rule.find()) {
                throw ruleFailed(edition, rule.group(1), "failed with " + e.getClass().getSimpleName()
                        + " while its when part was tested");
            }
            throw RulesException.of(edition.info().id(), "a rule failed with " + e.getClass().getSimpleName());
        }
        if (late[0]) {
            deadline.check();
        }
        if (fired >= maxFirings) {
            throw RulesException.of(edition.info().id(), "rules fired " + fired
                    + " times in one evaluation; a rule is probably re-triggering itself");
        }
    }

    private static RulesException ruleFailed(CompiledEdition edition, String ruleName, String what) {
        RuleInfo rule = edition.rulesByName().get(ruleName);
        if (rule == null) {
            return RulesException.of(edition.info().id(), "rule \"" + ruleName + "\" " + what);
        }
        return new RulesException(List.of(new RulesException.Problem(rule.file(), rule.line(),
                "rule " + rule.id() + " (\"" + ruleName + "\") " + what)));
    }
}

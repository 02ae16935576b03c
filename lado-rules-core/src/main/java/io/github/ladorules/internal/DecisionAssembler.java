package io.github.ladorules.internal;

import io.github.ladorules.Action;
import io.github.ladorules.Criterion;
import io.github.ladorules.Decision;
import io.github.ladorules.LadoCase;
import io.github.ladorules.Question;
import io.github.ladorules.Reason;
import io.github.ladorules.Recommendation;
import io.github.ladorules.Route;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.SubjectDecision;
import io.github.ladorules.facts.Act;
import io.github.ladorules.facts.CriterionMet;
import io.github.ladorules.facts.Finding;
import io.github.ladorules.facts.Recommend;
import io.github.ladorules.facts.RouteTo;
import io.github.ladorules.facts.Subject;
import io.github.ladorules.facts.SubjectAssessment;
import io.github.ladorules.facts.TransferableRisk;
import io.github.ladorules.internal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the findings of one evaluation into a decision. It decides nothing: every value comes from a rule's
 * finding, and it only checks that the rules were consistent (one recommendation and one route per adult).
 */
final class DecisionAssembler {
    private final CompiledEdition edition;
    private final WorkingDayCalendar calendar;

    DecisionAssembler(CompiledEdition edition, WorkingDayCalendar calendar) {
        this.edition = edition;
        this.calendar = calendar;
    }

    /** One adult's result before questions are added. */
    record SubjectResult(String ref, Recommendation recommendation, int tier, List<Criterion> criteria,
                         boolean transferableRisk, Route route, List<Action> actions, List<Reason> reasons) {
        SubjectDecision withQuestions(List<Question> questions) {
            return new SubjectDecision(ref, recommendation, tier, criteria, transferableRisk, route, actions,
                    reasons, questions);
        }
    }

    /**
     * Each adult's result, the actions for the whole case, and the finding that made each adult's recommendation
     * (in the order of the adults), from which the rules work out the actions for the whole case.
     */
    record CaseResult(List<SubjectResult> subjects, List<Action> caseActions, List<Recommend> recommendations) {
        Recommendation overall() {
            return subjects.stream().map(SubjectResult::recommendation).max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    CaseResult assemble(LadoCase lado, List<Subject> subjects, List<Finding> findings, List<SubjectAssessment> tiers,
                        FactMapper.Positions positions) {
        return assemble(lado, subjects, findings, tiers, positions, true);
    }

    /**
     * An outline of the result, for a trial of the question search: everything a question is judged by
     * (recommendation, tier, criteria, route, and which actions), checked for consistency as a full result is, but
     * with no reasons and no action's due date or text, which no trial reads and which cost a fifth of a trial.
     */
    CaseResult outline(LadoCase lado, List<Subject> subjects, List<Finding> findings, List<SubjectAssessment> tiers,
                       FactMapper.Positions positions) {
        return assemble(lado, subjects, findings, tiers, positions, false);
    }

    private CaseResult assemble(LadoCase lado, List<Subject> subjects, List<Finding> findings,
                                List<SubjectAssessment> tiers, FactMapper.Positions positions, boolean full) {
        List<SubjectResult> results = new ArrayList<>();
        List<Recommend> recommendations = new ArrayList<>();
        // Grouped once, so a result costs the same for each adult however many adults the case has.
        Map<Subject, List<Finding>> byAdult = new IdentityHashMap<>();
        List<Finding> caseLevel = new ArrayList<>();
        for (Finding finding : findings) {
            (finding.getSubject() == null ? caseLevel
                    : byAdult.computeIfAbsent(finding.getSubject(), k -> new ArrayList<>())).add(finding);
        }
        Map<Subject, Integer> tierOf = new IdentityHashMap<>();
        tiers.forEach(t -> tierOf.putIfAbsent(t.getSubject(), t.getTier()));
        for (int index = 0; index < subjects.size(); index++) {
            Subject subject = subjects.get(index);
            Sorted mine = new Sorted(byAdult.getOrDefault(subject, List.of()));
            int tier = Optional.ofNullable(tierOf.get(subject)).orElseThrow();
            // By position, not by ref: a rules error is printed and logged, and a ref is the host's identifier.
            String whose = "subjects[" + positions.subject(index) + "]";
            Recommend recommend = RuleFindings.exactlyOne(edition, mine.recommends, Recommend.class,
                    "a recommendation", whose);
            recommendations.add(recommend);
            Route route = RuleFindings.exactlyOne(edition, mine.routes, RouteTo.class, "a route", whose).getRoute();
            results.add(new SubjectResult(subject.getRef(), recommend.getRecommendation(), tier,
                    List.copyOf(mine.criteria), mine.transferable, route, actions(lado, mine.acts, full),
                    full ? reasons(mine.all) : List.of()));
        }
        return new CaseResult(results, actions(lado, new Sorted(caseLevel).acts, full), List.copyOf(recommendations));
    }

    /**
     * One adult's findings sorted by what they decide, in one pass: a search for questions assembles a result for
     * every copy it tries, and passing over the findings once for each kind cost more than the sorting.
     */
    private static final class Sorted {
        final List<Finding> all;
        final List<Recommend> recommends = new ArrayList<>(1);
        final List<RouteTo> routes = new ArrayList<>(1);
        final Set<Criterion> criteria = EnumSet.noneOf(Criterion.class);
        final List<Act> acts = new ArrayList<>();
        boolean transferable;

        Sorted(List<Finding> findings) {
            all = findings;
            for (Finding finding : findings) {
                if (finding instanceof Recommend r) {
                    recommends.add(r);
                } else if (finding instanceof RouteTo r) {
                    routes.add(r);
                } else if (finding instanceof CriterionMet c) {
                    criteria.add(c.getCriterion());
                } else if (finding instanceof Act a) {
                    acts.add(a);
                } else if (finding instanceof TransferableRisk) {
                    transferable = true;
                }
            }
        }
    }

    /** One action per code, the earliest rule in the rule book speaking for it; in an outline, the codes alone. */
    private List<Action> actions(LadoCase lado, List<Act> acts, boolean full) {
        if (!full) {
            Set<io.github.ladorules.ActionCode> codes = EnumSet.noneOf(io.github.ladorules.ActionCode.class);
            acts.forEach(a -> codes.add(a.getCode()));
            List<Action> outline = new ArrayList<>(codes.size());
            codes.forEach(code -> outline.add(new Action(code, null, null, null)));
            return outline;
        }
        Map<io.github.ladorules.ActionCode, Action> byCode = new LinkedHashMap<>();
        RuleFindings.ofType(edition, acts, Act.class).forEach(a -> {
            RuleInfo rule = edition.rule(a.getRule());
            var due = due(a, lado.referralDate());
            byCode.putIfAbsent(a.getCode(), new Action(a.getCode(), due, rule.text(), rule.id()));
        });
        return byCode.values().stream().sorted(Comparator.comparing(Action::code)).toList();
    }

    private LocalDate due(Act act, LocalDate referralDate) {
        LocalDate from = act.getFrom() == null ? referralDate : act.getFrom();
        if (act.getWorkingDays() != null) {
            return calendar.addWorkingDays(from, act.getWorkingDays());
        }
        return act.getCalendarDays() == null ? null : from.plusDays(act.getCalendarDays());
    }

    /** The reasons behind everything but the actions (which carry their own), once per rule, in rule-book order. */
    private List<Reason> reasons(List<Finding> findings) {
        return RuleFindings.reasons(edition, findings.stream().filter(f -> !(f instanceof Act)).toList());
    }

    static Decision decision(LadoCase lado, CompiledEdition edition, String engineVersion, CaseResult result,
                             Map<String, List<Question>> questions) {
        List<SubjectDecision> subjects = result.subjects().stream()
                .map(s -> s.withQuestions(questions.getOrDefault(s.ref(), List.of()))).toList();
        return new Decision(Decision.SCHEMA, lado.caseRef(), edition.info().ref(), engineVersion,
                InputDigest.sha256(lado), result.overall(),
                subjects, result.caseActions(), Decision.NOTICE);
    }
}

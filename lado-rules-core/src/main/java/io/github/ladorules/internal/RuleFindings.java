package io.github.ladorules.internal;

import io.github.ladorules.Reason;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import io.github.ladorules.facts.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads findings back as the rules' answers. Decides nothing: it only checks the rules were consistent where one
 * answer is expected, and turns the rules that fired into reasons.
 */
final class RuleFindings {
    private RuleFindings() {
    }

    /**
     * The single finding of a type, such as the one recommendation for an adult or the one outcome for a case.
     *
     * @param what  what the finding decides, with its article, for the message ("a recommendation")
     * @param whose what it was decided for ("subjects[0]", "the case")
     * @throws RulesException naming every rule involved when none or several rules gave one
     */
    static <T extends Finding> T exactlyOne(CompiledEdition edition, List<? extends Finding> findings, Class<T> type,
                                            String what, String whose) {
        // Sorted only for the message: the one expected finding needs no order, and this runs for every trial.
        List<T> found = all(findings, type);
        if (found.size() == 1) {
            return found.get(0);
        }
        found = ofType(edition, found, type);
        List<RulesException.Problem> problems = new ArrayList<>();
        if (found.isEmpty()) {
            problems.add(new RulesException.Problem(edition.info().id(), 0, "no rule chose " + what + " for " + whose));
        }
        for (T f : found) {
            RuleInfo rule = edition.rule(f.getRule());
            problems.add(new RulesException.Problem(rule.file(), rule.line(), "rule " + rule.id() + " chose "
                    + what + " for " + whose + ", and " + (found.size() - 1) + " other finding(s) did too"));
        }
        throw new RulesException(problems.stream().distinct().toList());
    }

    /** The findings of a type, in rule-book order. */
    static <T extends Finding> List<T> ofType(CompiledEdition edition, List<? extends Finding> findings, Class<T> type) {
        return all(findings, type).stream().sorted(Comparator.comparingInt(f -> edition.position(f.getRule())))
                .toList();
    }

    private static <T extends Finding> List<T> all(List<? extends Finding> findings, Class<T> type) {
        return findings.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** One reason per rule behind these findings, in rule-book order. */
    static List<Reason> reasons(CompiledEdition edition, List<? extends Finding> findings) {
        return findings.stream()
                .map(Finding::getRule).distinct()
                .sorted(Comparator.comparingInt(edition::position))
                .map(edition::rule)
                .map(r -> new Reason(r.id(), r.text(), r.cite()))
                .toList();
    }
}

package io.github.ladorules.testcases;

import io.github.ladorules.Action;
import io.github.ladorules.ActionCode;
import io.github.ladorules.Decision;
import io.github.ladorules.Question;
import io.github.ladorules.Reason;
import io.github.ladorules.SubjectDecision;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Lists how a decision differs from an expectation, one line per field, named by the path a policy lead would
 * look for in the test-case file ({@code subjects.A.tier: expected 4, got 5}). Only what the expectation states
 * is compared; every list it states is compared as a set, because the order of reasons and actions is the rule
 * book's, not part of the answer.
 */
final class DecisionComparison {
    private final List<String> differences = new ArrayList<>();

    private DecisionComparison() {
    }

    static List<String> differences(Expectation expect, Decision decision) {
        DecisionComparison comparison = new DecisionComparison();
        comparison.value("recommendation", expect.recommendation(), decision.recommendation());
        expect.subjects().forEach((ref, expected) -> comparison.subject(ref, expected, decision));
        comparison.set("caseActions", expect.caseActions(), codes(decision.caseActions()));
        return List.copyOf(comparison.differences);
    }

    private void subject(String ref, SubjectExpectation expected, Decision decision) {
        String at = "subjects." + ref;
        Optional<SubjectDecision> found = decision.subject(ref);
        if (found.isEmpty()) {
            differences.add(at + ": expected a result for subject " + ref + ", but the decision has only "
                    + decision.subjects().stream().map(SubjectDecision::ref).toList());
            return;
        }
        SubjectDecision actual = found.get();
        value(at + ".recommendation", expected.recommendation(), actual.recommendation());
        value(at + ".tier", expected.tier(), actual.tier());
        set(at + ".criteria", expected.criteria(), actual.criteria());
        value(at + ".transferableRisk", expected.transferableRisk(), actual.transferableRisk());
        value(at + ".route", expected.route(), actual.route());
        set(at + ".actions", expected.actions(), codes(actual.actions()));
        if (expected.due() != null) {
            expected.due().forEach((code, date) -> due(at + ".due." + code, code, date, actual.actions()));
        }
        List<String> reasons = actual.reasons().stream().map(Reason::rule).toList();
        set(at + ".reasons", expected.reasons(), reasons);
        if (expected.reasonsInclude() != null) {
            Set<String> missing = sorted(expected.reasonsInclude());
            missing.removeAll(reasons);
            if (!missing.isEmpty()) {
                differences.add(at + ".reasonsInclude: missing " + missing + " (reasons were " + sorted(reasons) + ")");
            }
        }
        set(at + ".questions", expected.questions(), actual.questions().stream().map(Question::field).toList());
    }

    private void due(String at, ActionCode code, LocalDate expected, List<Action> actions) {
        Optional<Action> action = actions.stream().filter(a -> a.code() == code).findFirst();
        if (action.isEmpty()) {
            differences.add(at + ": expected " + expected + ", but there is no " + code + " action");
        } else if (!expected.equals(action.get().due())) {
            differences.add(at + ": expected " + expected + ", got "
                    + (action.get().due() == null ? "no due date" : action.get().due()));
        }
    }

    private void value(String at, Object expected, Object actual) {
        if (expected != null && !Objects.equals(expected, actual)) {
            differences.add(at + ": expected " + expected + ", got " + actual);
        }
    }

    private void set(String at, Collection<?> expected, Collection<?> actual) {
        if (expected == null) {
            return;
        }
        Set<String> want = sorted(expected);
        Set<String> got = sorted(actual);
        if (want.equals(got)) {
            return;
        }
        Set<String> missing = new TreeSet<>(want);
        missing.removeAll(got);
        Set<String> unexpected = new TreeSet<>(got);
        unexpected.removeAll(want);
        StringBuilder line = new StringBuilder(at + ": expected " + want + ", got " + got);
        if (!missing.isEmpty()) {
            line.append("; missing ").append(missing);
        }
        if (!unexpected.isEmpty()) {
            line.append("; unexpected ").append(unexpected);
        }
        differences.add(line.toString());
    }

    private static List<ActionCode> codes(List<Action> actions) {
        return actions.stream().map(Action::code).toList();
    }

    private static Set<String> sorted(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Exposed for the runner's messages about rejected cases. */
    static String sortedList(Collection<?> values) {
        return sorted(values).toString();
    }
}

package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleInfo;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;

/**
 * One edition ready to evaluate: its description, its two compiled rule bases (immutable and thread-safe once
 * built), one holding only the rules that evaluate concerns and one only the outcome rules ({@link RuleGroup}), and
 * all its rules by name, in rule-book order, with the names of the rules that see only the case as a whole, and the
 * answers its rules cannot tell from "unknown".
 */
record CompiledEdition(EditionInfo info, KieBase concerns, KieBase outcomes, Map<String, RuleInfo> rulesByName,
                       Map<String, Integer> order, Set<String> seeOnlyTheCase,
                       AnswersLikeUnknown answersLikeUnknown) {

    /** Whether a rule's conditions match only the facts of the case as a whole ({@link RuleGroup#CASE_FACTS}). */
    boolean seesOnlyTheCase(String ruleName) {
        return seeOnlyTheCase.contains(ruleName);
    }

    RuleInfo rule(String name) {
        RuleInfo rule = rulesByName.get(name);
        if (rule == null) {
            throw new IllegalStateException("rule '" + name + "' is not in edition " + info.id());
        }
        return rule;
    }

    /** Position of a rule in the rule book: files in name order, rules in the order they are written. */
    int position(String ruleName) {
        return order.getOrDefault(ruleName, Integer.MAX_VALUE);
    }

    List<RuleInfo> rules() {
        return rulesByName.values().stream()
                .sorted((a, b) -> Integer.compare(position(a.name()), position(b.name())))
                .toList();
    }
}

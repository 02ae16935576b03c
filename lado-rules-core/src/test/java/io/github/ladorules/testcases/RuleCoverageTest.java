package io.github.ladorules.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The test cases must exercise every rule of every edition, and every rule must say what it does and where it
 * comes from. A rule no case fires is a rule nobody has checked against the guidance.
 */
class RuleCoverageTest {

    /**
     * Outcome rules (ids containing {@code -OUT-}, in the {@code 2*-outcome*.drl} files) classify finished
     * investigations from a {@code lado-outcome/1} document, which these threshold cases never reach. They are
     * being written separately and will get their own cases; until then they are left out of this check.
     */
    private static boolean isThresholdRule(RuleInfo rule) {
        return !rule.id().startsWith("OUT-");
    }

    @Test
    void everyThresholdRuleInEveryEditionIsFiredBySomeCase() {
        TestRun run = Corpus.run();
        List<String> neverFired = new ArrayList<>();
        for (EditionInfo edition : Corpus.engine().editions()) {
            Set<String> fired = run.firedRules(edition.id());
            for (RuleInfo rule : Corpus.engine().rules(edition.id())) {
                if (isThresholdRule(rule) && !fired.contains(rule.id())) {
                    neverFired.add(edition.id() + " " + rule.id() + " (" + rule.file() + ":" + rule.line() + ")");
                }
            }
        }
        assertThat(neverFired).as("rules that no test case fires; add a case under test-cases/<edition>/").isEmpty();
    }

    @Test
    void everyRuleHasAnIdTextAndCitation() {
        List<String> incomplete = new ArrayList<>();
        for (EditionInfo edition : Corpus.engine().editions()) {
            for (RuleInfo rule : Corpus.engine().rules(edition.id())) {
                String where = edition.id() + " " + rule.file() + ":" + rule.line() + " \"" + rule.name() + "\"";
                if (blank(rule.id())) incomplete.add(where + " has no id");
                if (blank(rule.text())) incomplete.add(where + " has no text");
                if (rule.cite() == null || blank(rule.cite().document())) incomplete.add(where + " cites no document");
                if (rule.cite() == null || blank(rule.cite().paragraph())) incomplete.add(where + " cites no paragraph");
            }
        }
        assertThat(incomplete).isEmpty();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

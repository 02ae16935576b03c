package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleBaseCopy;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * Each edition has two rule bases: one that evaluates concerns and one that classifies finished investigations. The
 * outcome rules ({@code 20-outcomes.drl}, {@code 21-outcome-consequences.drl}) are in the second only, every other
 * rule in the first only, whether the edition was precompiled at build time or compiled from DRL at run time. The
 * shipped editions load precompiled, and a precompiled model that does not match the rules is refused. Only the
 * rules that see nothing but the circumstances and what each recommendation is may make findings for the whole case.
 */
class EditionRuleBasesTest {
    private static final Set<String> OUTCOME_FILES = Set.of("20-outcomes.drl", "21-outcome-consequences.drl");

    @Test
    void outcome_rules_and_concern_rules_are_in_separate_rule_bases_when_precompiled() {
        separate(EditionCatalogue.shipped());
    }

    @Test
    void outcome_rules_and_concern_rules_are_in_separate_rule_bases_when_compiled_from_drl() {
        separate(EditionCatalogue.load(RuleBaseCopy.SHIPPED));
    }

    private static void separate(EditionCatalogue catalogue) {
        for (EditionInfo info : catalogue.editions()) {
            CompiledEdition edition = catalogue.compiled(info);
            Set<String> outcomeRules = edition.rulesByName().values().stream()
                    .filter(r -> OUTCOME_FILES.contains(Path.of(r.file()).getFileName().toString()))
                    .map(RuleInfo::name).collect(Collectors.toSet());
            Set<String> concernRules = edition.rulesByName().keySet().stream()
                    .filter(name -> !outcomeRules.contains(name)).collect(Collectors.toSet());

            assertThat(outcomeRules).as(info.id()).hasSizeGreaterThan(20);
            assertThat(concernRules).as(info.id()).hasSizeGreaterThan(80);
            assertThat(names(edition.outcomes())).as(info.id()).isEqualTo(outcomeRules);
            assertThat(names(edition.concerns())).as(info.id()).isEqualTo(concernRules);
        }
    }

    @Test
    void the_rules_for_the_case_as_a_whole_see_only_its_circumstances_and_what_each_recommendation_is() {
        // These alone may make a finding for the whole case; the question search works out the actions for the
        // whole case from them and the adults' recommendations.
        EditionCatalogue shipped = EditionCatalogue.shipped();
        for (EditionInfo info : shipped.editions()) {
            CompiledEdition edition = shipped.compiled(info);
            Set<String> ids = edition.rulesByName().values().stream().filter(r -> edition.seesOnlyTheCase(r.name()))
                    .map(RuleInfo::id).collect(Collectors.toSet());
            assertThat(ids).as(info.id()).isEqualTo(Set.of("ACT-EMERGENCY", "ACT-REFER-CSC", "ACT-COMPLEX-ABUSE"));
        }
    }

    @Test
    void the_shipped_editions_load_precompiled_with_every_rule_of_their_catalogue() {
        EditionCatalogue shipped = EditionCatalogue.shipped();
        RuleBase base = RuleBase.load(EditionFiles.bundledRoot());
        for (EditionInfo info : shipped.editions()) {
            CompiledEdition edition = shipped.compiled(info);
            EditionRules rules = base.edition(info.id());
            assertThat(names(edition.concerns())).hasSize(rules.ruleCount(RuleGroup.CONCERNS));
            assertThat(names(edition.outcomes())).hasSize(rules.ruleCount(RuleGroup.OUTCOMES));
        }
    }

    @Test
    void a_precompiled_model_made_from_other_rules_is_refused_as_a_broken_build(@TempDir Path dir) {
        Path copy = RuleBaseCopy.into(dir);
        RuleBaseCopy.edit(copy.resolve("20-outcomes.drl"), "so it is substantiated.", "so it is proved.");
        EditionRules edited = RuleBase.load(copy).edition("kcsie-2023");

        assertThatThrownBy(() -> EditionModels.load(edited))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("internal error: ")
                                .contains("kcsie-2023.outcomes", "other rule files")));
    }

    @Test
    void a_rule_that_matches_both_a_concern_and_an_outcome_is_refused_with_its_file_and_line(@TempDir Path dir)
            throws Exception {
        Path copy = RuleBaseCopy.into(dir);
        Path file = copy.resolve("20-outcomes.drl");
        RuleBaseCopy.edit(file, "    Investigation( evidence == Evidence.PROVES )",
                "    Investigation( evidence == Evidence.PROVES ) Subject( )");
        List<String> lines = Files.readAllLines(file);
        int line = lines.indexOf("rule \"Classify: the evidence proves the allegation\"") + 1;

        assertThatThrownBy(() -> RuleBase.load(copy))
                .isInstanceOfSatisfying(RulesException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> {
                            assertThat(p.file()).endsWith("20-outcomes.drl");
                            assertThat(p.line()).isEqualTo(line).isPositive();
                            assertThat(p.message()).contains("matches a concern's facts (Subject)",
                                    "an outcome's (Investigation)");
                        }));
    }

    private static Set<String> names(KieBase base) {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).map(r -> r.getName())
                .collect(Collectors.toSet());
    }
}

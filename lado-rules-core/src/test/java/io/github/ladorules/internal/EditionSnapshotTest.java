package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleBaseCopy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogue reads each edition from the snapshot written at build time, not from the rule files. Every
 * snapshot must be exactly what the repository's rule files give when read and checked now, and the index must list
 * the same editions with the same dates, or the shipped editions would decide from stale rules.
 */
class EditionSnapshotTest {
    private static final RuleBase SOURCES = RuleBase.load(RuleBaseCopy.SHIPPED);

    @Test
    void every_snapshot_is_the_edition_the_rule_files_give() {
        for (EditionRules fromFiles : SOURCES.editions()) {
            EditionRules fromSnapshot = EditionSnapshot.read(fromFiles.info().id());

            assertThat(fromSnapshot).isEqualTo(EditionSnapshot.of(fromFiles).rules());
            assertThat(fromSnapshot.info()).isEqualTo(fromFiles.info());
            for (RuleGroup group : RuleGroup.values()) {
                assertThat(fromSnapshot.drlSha256(group)).isEqualTo(fromFiles.drlSha256(group));
                assertThat(fromSnapshot.ruleCount(group)).isEqualTo(fromFiles.ruleCount(group));
            }
            assertThat(fromSnapshot.sources()).allSatisfy(s -> assertThat(s.file().display())
                    .isEqualTo("rules/" + s.file().name()));
        }
    }

    @Test
    void the_index_lists_every_edition_in_force_order_with_its_dates() {
        List<EditionSnapshot.Entry> expected = SOURCES.editions().stream()
                .map(e -> new EditionSnapshot.Entry(e.info().id(), e.period())).toList();

        assertThat(EditionSnapshot.entries()).isEqualTo(expected);
    }

    @Test
    void the_shipped_catalogue_gives_the_same_editions_as_the_rule_files() {
        EditionCatalogue shipped = EditionCatalogue.shipped();

        assertThat(shipped.editions()).isEqualTo(SOURCES.editions().stream().map(EditionRules::info).toList());
        for (EditionInfo info : shipped.editions()) {
            assertThat(shipped.inForceOn(info.inForceFrom())).isEqualTo(info);
            assertThat(shipped.byId(info.id())).isEqualTo(info);
        }
        assertThat(shipped.inForceOn(LocalDate.of(2026, 11, 27)).id()).isEqualTo("kcsie-2023");
    }
}

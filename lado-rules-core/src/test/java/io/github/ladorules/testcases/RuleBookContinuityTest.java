package io.github.ladorules.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Moving four copies of the rules into one rule base changed how rules are written, not which rules an edition
 * has: every edition shipped in 0.1.0 lists the same rules, by id and name, as its 0.1.0 book did once the edition
 * prefix is taken off the old ids (KCSIE23-MTX-PHY-ASSAULT is now MTX-PHY-ASSAULT).
 */
class RuleBookContinuityTest {
    private static final String BOOK = "rule-book-0.1.0.tsv";

    @Test
    void everyEditionOfRelease010ListsTheSameRulesApartFromTheRenames() throws IOException {
        Map<String, TreeSet<String>> before = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream(BOOK)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                before.computeIfAbsent(cells[0], e -> new TreeSet<>()).add(renamed(cells[1]) + " | " + cells[2]);
            }
        }
        assertThat(before).containsOnlyKeys("kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023");
        for (Map.Entry<String, TreeSet<String>> edition : before.entrySet()) {
            List<RuleInfo> now = Corpus.engine().rules(edition.getKey());
            TreeSet<String> listed = now.stream().map(r -> r.id() + " | " + r.name())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat((Iterable<String>) listed).as(edition.getKey()).containsExactlyElementsOf(edition.getValue());
        }
    }

    /** The one mechanical rename of 0.2.0: an id loses its edition prefix. */
    static String renamed(String oldId) {
        return oldId.replaceFirst("^KCSIE(16|20|21|23)-", "");
    }
}

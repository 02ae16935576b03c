package io.github.ladorules.testcases;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Moving four copies of the rules into one rule base changed how rules are written, not which rules an edition
 * has: every edition shipped in 0.1.0 lists the same rules, by id and name, as its 0.1.0 book did once the edition
 * prefix is taken off the old ids (KCSIE23-MTX-PHY-ASSAULT is now MTX-PHY-ASSAULT), apart from the rules issue 8
 * added (listed below by id, so an unlisted addition or a lost rule still fails) and the one rule it renamed.
 */
class RuleBookContinuityTest {
    private static final String BOOK = "rule-book-0.1.0.tsv";
    /** Rules added after 0.1.0 by issue 8 (the law's own dates, setting duties, scope, timescales, earlier referrals). */
    private static final Set<String> ADDED = Set.of("POT-EDUCATION-CARE-BEFORE-2001", "POT-EDUCATION-CARE-2001",
            "HARM-SEEN-OR-HEARD", "HARM-SEEN-OR-HEARD-BEFORE-2005", "MOD-ONLINE-SEXUAL-CONTENT", "MOD-ONLINE-SECRECY",
            "SCOPE-WORKS-WITH-CHILDREN-OTHER-SETTINGS", "SCOPE-OTHER-ROLES", "ACT-FOSTERING-INFORM",
            "ACT-FOSTERING-REVIEW-APPROVAL", "ACT-FOSTERING-OTHER-CHILDREN", "ACT-CHILDRENS-HOME-NOTIFY-OFSTED",
            "ACT-EARLY-YEARS-NOTIFY-OFSTED", "ACT-AGENCY-INFORM", "ACT-AGENCY-DBS-DUTY", "ACT-NO-EMPLOYER-OVERSIGHT",
            "MOD-PRIOR-REFERRALS", "ACT-RESOLUTION-TARGETS", "ACT-RESOLVE-WITHIN-A-WEEK",
            "ACT-SUSPENSION-WRITTEN-CONFIRMATION", "ACT-SUSPENSION-WRITTEN-CONFIRMATION-DUE",
            "ACT-POST-ALLEGATION-MEETING", "ACT-LOCAL-CONCLUSION-TARGET", "ACT-CROSS-BORDER-HOST-LEADS",
            "ACT-CROSS-BORDER-PLACING-LEADS", "ACT-DISCIPLINARY-TIMESCALES", "ACT-AGENCY-INFORM-SCHOOL");
    /** Rule names changed by issue 8: the position-of-trust rule for education and care is now dated. */
    private static final Map<String, String> RENAMED = Map.of(
            "POT-EDUCATION-CARE | Position of trust in education or care: an offence at any date",
            "POT-EDUCATION-CARE | Position of trust in education or care: the 2003 Act, from 1 May 2004");

    @Test
    void everyEditionOfRelease010ListsTheSameRulesApartFromTheRenames() throws IOException {
        Map<String, TreeSet<String>> before = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream(BOOK)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                String entry = renamed(cells[1]) + " | " + cells[2];
                before.computeIfAbsent(cells[0], e -> new TreeSet<>()).add(RENAMED.getOrDefault(entry, entry));
            }
        }
        assertThat(before).containsOnlyKeys("kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023");
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, TreeSet<String>> edition : before.entrySet()) {
            List<RuleInfo> now = Corpus.engine().rules(edition.getKey());
            TreeSet<String> listed = now.stream().filter(r -> !ADDED.contains(r.id()))
                    .map(r -> r.id() + " | " + r.name()).collect(Collectors.toCollection(TreeSet::new));
            now.forEach(r -> seen.add(r.id()));
            assertThat((Iterable<String>) listed).as(edition.getKey()).containsExactlyElementsOf(edition.getValue());
        }
        assertThat(seen).as("every rule listed as added exists in some edition").containsAll(ADDED);
    }

    /** The one mechanical rename of 0.2.0: an id loses its edition prefix. */
    static String renamed(String oldId) {
        return oldId.replaceFirst("^KCSIE(16|20|21|23)-", "");
    }
}

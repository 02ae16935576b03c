package io.github.ladorules.internal;

import io.github.ladorules.internal.RuleBaseDocuments.Document;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks a policy lead runs before signing the rules off ({@code lado-rules lint}), beyond what loading
 * already refuses: that every citation names a document in force for the edition, at a paragraph, at an official
 * address, that no two provisions silently share a paragraph, and that a rule dated inside an edition tests that
 * date itself. Errors stop a sign-off; warnings are for the policy lead to read.
 */
public final class RuleBaseLint {
    private static final Pattern LOCATOR = Pattern.compile(".*\\d.*");
    private static final Pattern OFFICIAL = Pattern.compile(
            "https://(www\\.)?(gov\\.uk|legislation\\.gov\\.uk|webarchive\\.nationalarchives\\.gov\\.uk)/.*");

    /** One finding, with the file and line to look at. */
    public record Finding(boolean error, String file, int line, String message) {
        @Override
        public String toString() {
            return (error ? "" : "warning: ") + (line > 0 ? file + ":" + line : file) + ": " + message;
        }
    }

    private RuleBaseLint() {
    }

    /** Every finding for the rule base under {@code root}; loading problems are thrown as a rules error first. */
    public static List<Finding> check(Path root) {
        RuleBase base = RuleBase.load(root);
        List<Finding> findings = new ArrayList<>();
        documents(base, findings);
        Set<LocalDate> boundaries = new HashSet<>();
        for (EditionRules edition : base.editions()) {
            boundaries.add(edition.period().from());
            if (edition.period().until() != null) {
                boundaries.add(edition.period().until());
            }
            citations(base, edition, findings);
        }
        periods(base, boundaries, findings);
        findings.sort(java.util.Comparator.comparing(Finding::file).thenComparing(Finding::line)
                .thenComparing(Finding::message));
        return findings;
    }

    private static void documents(RuleBase base, List<Finding> findings) {
        String file = RuleBase.display(base.root(), RuleBase.DOCUMENTS);
        for (Document d : base.documents().values()) {
            int line = RuleBase.lineOf(base.root().resolve(RuleBase.DOCUMENTS), "key: " + d.key());
            if (d.url() == null || d.url().isBlank()) {
                findings.add(new Finding(true, file, line, "document '" + d.key() + "' has no address"));
            } else if (d.statutory() && !OFFICIAL.matcher(d.url()).matches()) {
                findings.add(new Finding(true, file, line, "document '" + d.key() + "' is " + d.kind()
                        + " but its address is not official (gov.uk, legislation.gov.uk or the National Archives)"));
            }
            if ("secondary".equals(d.kind())) {
                findings.add(new Finding(false, file, line, "document '" + d.key() + "' is a secondary source; "
                        + "cite the primary text where one exists"));
            }
        }
    }

    private static void citations(RuleBase base, EditionRules edition, List<Finding> findings) {
        String id = edition.info().id();
        String file = RuleBase.display(base.root(), RuleBase.EDITIONS + "/" + id + ".yaml");
        Path path = base.root().resolve(RuleBase.EDITIONS + "/" + id + ".yaml");
        Map<String, List<EditionRules.Resolved>> byParagraph = new HashMap<>();
        for (EditionRules.Resolved c : edition.citations().values()) {
            Document d = c.document();
            int line = c.fromEdition() ? RuleBase.lineOf(path, "  " + c.provision() + ":") : 0;
            String where = c.fromEdition() ? file
                    : RuleBase.display(base.root(), RuleBase.PROVISIONS) + " (for " + id + ")";
            EditionPeriod period = edition.period();
            if ("statutory-guidance".equals(d.kind()) && d.inForceFrom() != null
                    && !period.overlaps(d.inForceFrom(), d.inForceUntil())) {
                findings.add(new Finding(true, where, line, "'" + c.provision() + "' cites " + d.key()
                        + ", which was not in force while " + id + " was"));
            } else if (d.dated() != null && period.until() != null && !d.dated().isBefore(period.until())
                    && !testsTheDate(edition, c.provision(), d.dated())) {
                findings.add(new Finding(true, where, line, "'" + c.provision() + "' cites " + d.key() + ", dated "
                        + d.dated() + ", after " + id + " ended; only a rule that tests that date in its conditions "
                        + "may cite a later law"));
            }
            if (d.statutory() && (c.paragraph() == null || !LOCATOR.matcher(c.paragraph()).matches())) {
                boolean explained = !c.checked() && c.note() != null && !c.note().isBlank();
                findings.add(new Finding(!explained, where, line, "'" + c.provision() + "' cites " + d.key()
                        + " with no paragraph" + (explained ? " (unchecked: " + c.note() + ")"
                        : "; give the paragraph, or mark it checked: false with a note saying why")));
            }
            if (c.paragraph() != null && LOCATOR.matcher(c.paragraph()).matches()) {
                byParagraph.computeIfAbsent(d.key() + " " + c.paragraph(), k -> new ArrayList<>()).add(c);
            }
        }
        byParagraph.forEach((paragraph, cites) -> {
            if (cites.size() > 1 && cites.stream().anyMatch(c -> c.why() == null || c.why().isBlank())) {
                findings.add(new Finding(true, file, 0, cites.stream().map(EditionRules.Resolved::provision).sorted().toList()
                        + " all cite " + paragraph + "; say why with 'why:' on each, or cite them apart"));
            }
        });
    }

    /** True when every rule of the edition that cites the provision tests the date in its own conditions. */
    private static boolean testsTheDate(EditionRules edition, String provision, LocalDate date) {
        return edition.sources().stream().flatMap(s -> s.blocks().stream())
                .filter(b -> provision.equals(b.cite()))
                .allMatch(b -> b.conditions().contains(date.toString()));
    }

    private static void periods(RuleBase base, Set<LocalDate> boundaries, List<Finding> findings) {
        for (RuleSource source : base.sources()) {
            for (RuleSource.Block block : source.blocks()) {
                for (LocalDate date : new LocalDate[] {block.from(), block.until()}) {
                    if (date != null && !boundaries.contains(date) && !block.conditions().contains(date.toString())) {
                        findings.add(new Finding(true, source.display(), block.firstLine(), "rule \""
                                + block.ruleName() + "\" is dated " + date + ", which no edition starts or ends on; "
                                + "a rule about when the law changed must test that date in its conditions"));
                    }
                }
            }
        }
    }
}

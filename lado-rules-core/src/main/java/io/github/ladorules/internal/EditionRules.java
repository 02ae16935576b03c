package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.RulesException;
import io.github.ladorules.internal.RuleBaseDocuments.Citation;
import io.github.ladorules.internal.RuleBaseDocuments.Document;
import io.github.ladorules.internal.RuleBaseDocuments.Edition;
import io.github.ladorules.internal.RuleBaseDocuments.Provision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One edition made from the shared rule base: the rules in force for its period, each provision they cite
 * resolved to this edition's own document and paragraph, its description and the hash of everything that can
 * change one of its decisions.
 */
record EditionRules(EditionInfo info, Edition manifest, EditionPeriod period, List<Source> sources,
                    Map<String, Resolved> citations, List<Document> cited) {
    /** The questions a decision asks are part of its bytes, so their wording is part of every edition's hash. */
    private static final String QUESTION_WORDING = resource(UnknownFacts.QUESTIONS);

    private static String resource(String name) {
        try (java.io.InputStream in = EditionRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw RulesException.of(name, "the question wording is missing from the class path");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (java.io.IOException e) {
            throw RulesException.of(name, "cannot read the question wording: " + e.getClass().getSimpleName());
        }
    }

    /**
     * A rule file as this edition compiles it, and the rule base (concerns or outcomes) each of its rules is in, in
     * the same order as the rules. A list rather than a map by rule: hashing a rule's record for the first time
     * links the record's generated hash code, about a fiftieth of a cold evaluation, for no use.
     */
    record Source(RuleSource file, String text, List<RuleSource.Block> blocks, List<RuleGroup> groups) {
        List<RuleSource.Block> blocks(RuleGroup group) {
            List<RuleSource.Block> in = new ArrayList<>();
            for (int i = 0; i < blocks.size(); i++) {
                if (groups.get(i) == group) {
                    in.add(blocks.get(i));
                }
            }
            return List.copyOf(in);
        }

        /** The file as one of the edition's two rule bases compiles it: the other group's rules are blank lines too. */
        String textFor(RuleGroup group) {
            String[] lines = text.split("\n", -1);
            for (int b = 0; b < blocks.size(); b++) {
                RuleSource.Block block = blocks.get(b);
                if (groups.get(b) != group) {
                    for (int i = block.firstLine() - 1; i < block.lastLine(); i++) {
                        lines[i] = "";
                    }
                }
            }
            return String.join("\n", lines);
        }
    }

    /** Where one provision sits for this edition. */
    record Resolved(String provision, Document document, String paragraph, boolean checked, String note,
                    String why, boolean fromEdition) {
        io.github.ladorules.Citation citation() {
            return new io.github.ladorules.Citation(document.title(), paragraph, document.url());
        }
    }

    static EditionRules of(Path root, Edition e, Map<String, Document> documents, Map<String, Provision> provisions,
                           List<RuleSource> files) {
        String relative = RuleBase.EDITIONS + "/" + e.id() + ".yaml";
        for (String key : e.guidance()) {
            if (!documents.containsKey(key)) {
                throw RuleBase.problem(root, relative, key, "guidance '" + key + "' is not listed in "
                        + RuleBase.DOCUMENTS);
            }
        }
        Map<String, Citation> table = e.citations() == null ? Map.of() : e.citations();
        List<RulesException.Problem> problems = new ArrayList<>();
        table.forEach((provision, c) -> {
            // The line is looked up only for a problem: reading the file once per citation slowed every start-up.
            if (!provisions.containsKey(provision)) {
                problems.add(new RulesException.Problem(RuleBase.display(root, relative),
                        RuleBase.lineOf(root.resolve(relative), provision + ":"), "provision '"
                        + provision + "' is not declared in " + RuleBase.PROVISIONS));
            } else if (c == null || c.document() == null || !documents.containsKey(c.document())) {
                problems.add(new RulesException.Problem(RuleBase.display(root, relative),
                        RuleBase.lineOf(root.resolve(relative), provision + ":"), "provision '"
                        + provision + "' must name a document listed in " + RuleBase.DOCUMENTS));
            }
        });
        EditionPeriod period = new EditionPeriod(e.inForceFrom(), e.inForceUntil());
        List<Source> sources = new ArrayList<>();
        Map<String, Resolved> resolved = new TreeMap<>();
        List<Document> cited = new ArrayList<>();
        for (RuleSource file : files) {
            List<RuleSource.Block> blocks = file.blocksFor(period);
            for (RuleSource.Block block : blocks) {
                if (block.cite() == null || block.cite().isBlank()) {
                    continue; // the compiler reports a rule without @cite, with the other missing metadata
                }
                Provision provision = provisions.get(block.cite());
                Citation where = RuleBase.orDefault(table.get(block.cite()), provision);
                if (provision == null) {
                    problems.add(new RulesException.Problem(file.display(), block.firstLine(), "rule \""
                            + block.ruleName() + "\" cites provision '" + block.cite() + "', which "
                            + RuleBase.PROVISIONS + " does not declare"));
                } else if (where == null || !documents.containsKey(where.document())) {
                    problems.add(new RulesException.Problem(file.display(), block.firstLine(), "rule \""
                            + block.ruleName() + "\" cites provision '" + block.cite() + "', which has no citation in "
                            + relative + " and no default in " + RuleBase.PROVISIONS));
                } else if (!resolved.containsKey(block.cite())) {
                    Document document = documents.get(where.document());
                    resolved.put(block.cite(), new Resolved(block.cite(), document, where.paragraph(),
                            where.isChecked(), where.note(), where.why(), table.containsKey(block.cite())));
                    if (!cited.contains(document)) {
                        cited.add(document);
                    }
                }
            }
            List<RuleGroup> groups = new ArrayList<>();
            for (RuleSource.Block block : blocks) {
                try {
                    groups.add(RuleGroup.of(block, file.display()));
                } catch (RulesException mixed) {
                    problems.addAll(mixed.problems());
                }
            }
            if (groups.size() == blocks.size()) { // else a rule was in both groups: refused below, with the rest
                sources.add(new Source(file, file.textFor(period), blocks, List.copyOf(groups)));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return of(e, cited, hash(root, relative, sources, resolved), sources, resolved);
    }

    /**
     * The edition from its parts once checked and resolved: here from the rule files, or from the snapshot written
     * at build time ({@link EditionSnapshot}), so both give equal records.
     */
    static EditionRules of(Edition e, List<Document> cited, String sha256, List<Source> sources,
                           Map<String, Resolved> citations) {
        EditionInfo info = new EditionInfo(e.id(), e.title(), e.version(), e.inForceFrom(), e.inForceUntil(),
                RuleBase.describe(cited), e.knownUncertainties(), sha256);
        return new EditionRules(info, e, new EditionPeriod(e.inForceFrom(), e.inForceUntil()), List.copyOf(sources),
                Map.copyOf(citations), List.copyOf(cited));
    }

    /**
     * SHA-256 over everything that can change this edition's decisions: its own file, each rule file as it
     * compiles it, every citation as a decision prints it, and the wording of the questions asked about unknown
     * facts. An edit anywhere else changes nothing here.
     */
    private static String hash(Path root, String relative, List<Source> sources, Map<String, Resolved> citations) {
        List<String> parts = new ArrayList<>();
        parts.add(EditionFiles.read(root.resolve(relative)));
        parts.add(QUESTION_WORDING);
        for (Source source : sources) {
            parts.add(source.file().name());
            parts.add(source.text());
        }
        new TreeMap<>(citations).forEach((key, c) -> parts.add(String.join("\t", key, c.document().title(),
                String.valueOf(c.paragraph()), String.valueOf(c.document().url()), String.valueOf(c.checked()))));
        return RuleBase.sha256(parts);
    }

    /** One DRL resource of a rule base: the name the compiler knows it by, the file a message names, the text. */
    record Drl(String resource, String display, String text) {
    }

    /**
     * The DRL this edition compiles into one of its two rule bases, file by file in name order: each file with the
     * rules outside the edition's period and the other group's rules blanked line for line. The run-time compiler
     * and the build-time precompiler ({@link EditionModelBuild}) both compile exactly these texts.
     */
    List<Drl> drl(RuleGroup group) {
        List<Drl> drl = new ArrayList<>();
        for (Source source : sources) {
            String name = source.file().name();
            drl.add(new Drl(info.id() + "/" + group.name().toLowerCase(java.util.Locale.ROOT) + "/" + name
                    + (name.endsWith(".drl") ? "" : ".drl"), source.file().display(), source.textFor(group)));
        }
        return drl;
    }

    /** How many rules of a group this edition has: what its compiled rule base must hold. */
    int ruleCount(RuleGroup group) {
        return sources.stream().mapToInt(s -> s.blocks(group).size()).sum();
    }

    /** SHA-256 of a group's DRL as compiled, so a precompiled model can be checked against the rules it came from. */
    String drlSha256(RuleGroup group) {
        List<String> parts = new ArrayList<>();
        for (Drl d : drl(group)) {
            parts.add(d.resource());
            parts.add(d.text());
        }
        return RuleBase.sha256(parts);
    }

    /** Rule name to its block, for the compiler's file and line of each rule. */
    Map<String, Located> locations() {
        Map<String, Located> locations = new LinkedHashMap<>();
        for (Source source : sources) {
            for (RuleSource.Block block : source.blocks()) {
                locations.putIfAbsent(block.ruleName(), new Located(source.file().display(), block));
            }
        }
        return locations;
    }

    record Located(String file, RuleSource.Block block) {
    }
}

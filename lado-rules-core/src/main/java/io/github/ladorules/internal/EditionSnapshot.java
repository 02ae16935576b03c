package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import io.github.ladorules.internal.RuleBaseDocuments.Document;
import io.github.ladorules.internal.RuleBaseDocuments.Edition;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * One shipped edition exactly as {@link RuleBase#load} checks and resolves it, written at build time
 * ({@link EditionModelBuild}) so that a cold start reads one small resource instead of parsing and checking the YAML
 * and DRL of every edition: that was about half of a single CLI evaluation. The bytes are {@link SnapshotCodec}'s. {@code EditionSnapshotTest} proves every
 * snapshot equal to what the rule files give. Maps are kept sorted and file names are written as the jar names them
 * ({@code rules/…}), so the bytes are the same from build to build and machine to machine.
 */
record EditionSnapshot(Edition manifest, List<Document> cited, String sha256, List<SourceSnapshot> sources,
                       TreeMap<String, EditionRules.Resolved> citations) {
    static final String WHERE = "lado-rules/snapshot";
    /** The editions in the order they came into force, each with its dates, so a case finds its edition unread. */
    static final String INDEX = WHERE + "/editions.properties";

    /** A rule file as one edition compiles it; the group of each block by position, so no hash order is written. */
    record SourceSnapshot(RuleSource file, String text, List<RuleSource.Block> blocks, List<RuleGroup> groups) {
    }

    /** An edition's id and dates, from the index. */
    record Entry(String id, EditionPeriod period) {
    }

    static EditionSnapshot of(EditionRules rules) {
        List<SourceSnapshot> sources = new ArrayList<>();
        for (EditionRules.Source s : rules.sources()) {
            RuleSource f = s.file();
            // The name a message gives inside the jar, whatever directory the build read the rules from.
            RuleSource asShipped = new RuleSource(f.name(), "rules/" + f.name(), f.text(), List.copyOf(f.blocks()));
            sources.add(new SourceSnapshot(asShipped, s.text(), List.copyOf(s.blocks()),
                    s.groups()));
        }
        return new EditionSnapshot(rules.manifest(), rules.cited(), rules.info().rulesSha256(),
                List.copyOf(sources), new TreeMap<>(rules.citations()));
    }

    /** The edition as the catalogue uses it. */
    EditionRules rules() {
        List<EditionRules.Source> restored = new ArrayList<>();
        for (SourceSnapshot s : sources) {
            restored.add(new EditionRules.Source(s.file(), s.text(), s.blocks(), s.groups()));
        }
        return EditionRules.of(manifest, cited, sha256, restored, citations);
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DataOutputStream data = new DataOutputStream(out)) {
            SnapshotCodec.write(this, data);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the snapshot of " + manifest.id(), e);
        }
        return out.toByteArray();
    }

    static String resource(String id) {
        return "/" + WHERE + "/" + id + ".bin";
    }

    /** The shipped edition {@code id}, read from its snapshot; a missing or unreadable one is a broken build. */
    static EditionRules read(String id) {
        InputStream in = EditionSnapshot.class.getResourceAsStream(resource(id));
        if (in == null) {
            throw broken("there is no snapshot of edition " + id);
        }
        try (DataInputStream data = new DataInputStream(new BufferedInputStream(in, 1 << 16))) {
            return SnapshotCodec.read(data).rules();
        } catch (IOException | RuntimeException e) {
            throw broken("cannot read the snapshot of edition " + id + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The index written with the snapshots: {@code editions} lists the ids in force order, then each one's dates. */
    static String index(List<EditionRules> editions) {
        StringBuilder text = new StringBuilder("# Written by EditionModelBuild: the shipped editions in the order they"
                + " came into force, with their dates.\neditions=");
        text.append(String.join(",", editions.stream().map(e -> e.info().id()).toList())).append('\n');
        for (EditionRules e : editions) {
            text.append(e.info().id()).append(".from=").append(e.period().from()).append('\n');
            if (e.period().until() != null) {
                text.append(e.info().id()).append(".until=").append(e.period().until()).append('\n');
            }
        }
        return text.toString();
    }

    /** The shipped editions' ids and dates, in force order. */
    static List<Entry> entries() {
        Properties index = new Properties();
        try (InputStream in = EditionSnapshot.class.getResourceAsStream("/" + INDEX)) {
            if (in == null) {
                throw broken(INDEX + " is missing");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                index.load(reader);
            }
        } catch (IOException e) {
            throw broken("cannot read " + INDEX + " (" + e.getClass().getSimpleName() + ")");
        }
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String id : index.getProperty("editions", "").split(",")) {
            String from = index.getProperty(id + ".from");
            if (id.isBlank() || from == null) {
                throw broken(INDEX + " has no dates for edition '" + id + "'");
            }
            String until = index.getProperty(id + ".until");
            entries.put(id, new Entry(id, new EditionPeriod(LocalDate.parse(from),
                    until == null ? null : LocalDate.parse(until))));
        }
        return List.copyOf(entries.values());
    }

    private static RulesException broken(String message) {
        return new RulesException(List.of(new RulesException.Problem(WHERE, 0, "internal error: " + message
                + "; the library was not built correctly (rebuild it with mvn package)")));
    }
}

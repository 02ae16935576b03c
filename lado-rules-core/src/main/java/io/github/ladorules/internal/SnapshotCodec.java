package io.github.ladorules.internal;

import io.github.ladorules.internal.RuleBaseDocuments.Citation;
import io.github.ladorules.internal.RuleBaseDocuments.Document;
import io.github.ladorules.internal.RuleBaseDocuments.Edition;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bytes of an {@link EditionSnapshot}: plain fields in a fixed order through data streams. Java serialization
 * was tried first and cost a cold start 0.15 s (records are rebuilt through method handles the JVM has to generate);
 * reading these fields by hand costs a few milliseconds. A change to a record here must change both directions, and
 * {@code EditionSnapshotTest} fails until it does.
 */
final class SnapshotCodec {
    /** Bumped whenever the layout changes, so a stale snapshot is refused rather than misread. */
    private static final int VERSION = 1;

    private SnapshotCodec() {
    }

    static void write(EditionSnapshot s, DataOutputStream out) throws IOException {
        out.writeInt(VERSION);
        edition(s.manifest(), out);
        out.writeInt(s.cited().size());
        for (Document d : s.cited()) {
            document(d, out);
        }
        string(s.sha256(), out);
        out.writeInt(s.sources().size());
        for (EditionSnapshot.SourceSnapshot source : s.sources()) {
            RuleSource file = source.file();
            string(file.name(), out);
            string(file.display(), out);
            string(file.text(), out);
            blocks(file.blocks(), out);
            string(source.text(), out);
            blocks(source.blocks(), out);
            for (RuleGroup group : source.groups()) {
                out.writeByte(group.ordinal());
            }
        }
        out.writeInt(s.citations().size());
        for (EditionRules.Resolved r : s.citations().values()) {
            string(r.provision(), out);
            document(r.document(), out);
            string(r.paragraph(), out);
            out.writeBoolean(r.checked());
            string(r.note(), out);
            string(r.why(), out);
            out.writeBoolean(r.fromEdition());
        }
    }

    static EditionSnapshot read(DataInputStream in) throws IOException {
        if (in.readInt() != VERSION) {
            throw new IOException("the snapshot was written by another version of this library");
        }
        Edition manifest = edition(in);
        int citedCount = in.readInt();
        List<Document> cited = new ArrayList<>(citedCount);
        for (int i = 0; i < citedCount; i++) {
            cited.add(document(in));
        }
        String sha256 = string(in);
        int sourceCount = in.readInt();
        List<EditionSnapshot.SourceSnapshot> sources = new ArrayList<>(sourceCount);
        for (int i = 0; i < sourceCount; i++) {
            RuleSource file = new RuleSource(string(in), string(in), string(in), blocks(in));
            String text = string(in);
            List<RuleSource.Block> blocks = blocks(in);
            List<RuleGroup> groups = new ArrayList<>(blocks.size());
            for (int b = 0; b < blocks.size(); b++) {
                groups.add(RuleGroup.values()[in.readByte()]);
            }
            sources.add(new EditionSnapshot.SourceSnapshot(file, text, List.copyOf(blocks), List.copyOf(groups)));
        }
        int citationCount = in.readInt();
        TreeMap<String, EditionRules.Resolved> citations = new TreeMap<>();
        for (int i = 0; i < citationCount; i++) {
            EditionRules.Resolved r = new EditionRules.Resolved(string(in), document(in), string(in),
                    in.readBoolean(), string(in), string(in), in.readBoolean());
            citations.put(r.provision(), r);
        }
        return new EditionSnapshot(manifest, List.copyOf(cited), sha256, List.copyOf(sources), citations);
    }

    private static void edition(Edition e, DataOutputStream out) throws IOException {
        string(e.id(), out);
        string(e.title(), out);
        string(e.version(), out);
        date(e.inForceFrom(), out);
        date(e.inForceUntil(), out);
        strings(e.guidance(), out);
        if (e.citations() == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(e.citations().size());
            for (Map.Entry<String, Citation> entry : e.citations().entrySet()) {
                string(entry.getKey(), out);
                Citation c = entry.getValue();
                out.writeBoolean(c != null);
                if (c != null) {
                    string(c.document(), out);
                    string(c.paragraph(), out);
                    out.writeByte(c.checked() == null ? 2 : c.checked() ? 1 : 0);
                    string(c.note(), out);
                    string(c.why(), out);
                }
            }
        }
        strings(e.knownUncertainties(), out);
    }

    private static Edition edition(DataInputStream in) throws IOException {
        String id = string(in);
        String title = string(in);
        String version = string(in);
        LocalDate from = date(in);
        LocalDate until = date(in);
        List<String> guidance = strings(in);
        int count = in.readInt();
        Map<String, Citation> citations = null;
        if (count >= 0) {
            citations = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                String key = string(in);
                Citation c = null;
                if (in.readBoolean()) {
                    String document = string(in);
                    String paragraph = string(in);
                    byte checked = in.readByte();
                    c = new Citation(document, paragraph, checked == 2 ? null : checked == 1, string(in), string(in));
                }
                citations.put(key, c);
            }
        }
        return new Edition(id, title, version, from, until, guidance, citations, strings(in));
    }

    private static void document(Document d, DataOutputStream out) throws IOException {
        string(d.key(), out);
        string(d.title(), out);
        string(d.kind(), out);
        date(d.published(), out);
        date(d.inForceFrom(), out);
        date(d.inForceUntil(), out);
        string(d.url(), out);
        string(d.checkedAgainst(), out);
        string(d.research(), out);
        string(d.note(), out);
    }

    private static Document document(DataInputStream in) throws IOException {
        return new Document(string(in), string(in), string(in), date(in), date(in), date(in), string(in), string(in),
                string(in), string(in));
    }

    private static void blocks(List<RuleSource.Block> blocks, DataOutputStream out) throws IOException {
        out.writeInt(blocks.size());
        for (RuleSource.Block b : blocks) {
            string(b.ruleName(), out);
            out.writeInt(b.firstLine());
            out.writeInt(b.lastLine());
            string(b.id(), out);
            string(b.cite(), out);
            date(b.from(), out);
            date(b.until(), out);
            string(b.conditions(), out);
        }
    }

    private static List<RuleSource.Block> blocks(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<RuleSource.Block> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            blocks.add(new RuleSource.Block(string(in), in.readInt(), in.readInt(), string(in), string(in), date(in),
                    date(in), string(in)));
        }
        return List.copyOf(blocks);
    }

    private static void strings(List<String> list, DataOutputStream out) throws IOException {
        if (list == null) {
            out.writeInt(-1);
            return;
        }
        out.writeInt(list.size());
        for (String s : list) {
            string(s, out);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0) {
            return null;
        }
        List<String> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(string(in));
        }
        return Collections.unmodifiableList(list);
    }

    private static void date(LocalDate date, DataOutputStream out) throws IOException {
        out.writeLong(date == null ? Long.MIN_VALUE : date.toEpochDay());
    }

    private static LocalDate date(DataInputStream in) throws IOException {
        long day = in.readLong();
        return day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day);
    }

    /** A string of any length (writeUTF stops at 64 KB, and a rule file can be longer), or null. */
    private static void string(String s, DataOutputStream out) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}

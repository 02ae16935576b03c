package io.github.ladorules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.RulesException;
import io.github.ladorules.internal.RuleBaseDocuments.Citation;
import io.github.ladorules.internal.RuleBaseDocuments.Document;
import io.github.ladorules.internal.RuleBaseDocuments.Edition;
import io.github.ladorules.internal.RuleBaseDocuments.Provision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The one rule base every edition is made from: the rule files ({@code *.drl} and the matrix table) read in name
 * order like chapters, the documents they cite ({@code documents.yaml}), the provisions they rest on
 * ({@code provisions.yaml}) and the editions ({@code editions/*.yaml}), each of which says when it is in force and
 * where each provision sits in its own documents. Loading checks all of it and names the file and line of every
 * problem; nothing is compiled until an edition is first needed.
 */
final class RuleBase {
    static final String EDITIONS = "editions";
    static final String DOCUMENTS = "documents.yaml";
    static final String PROVISIONS = "provisions.yaml";

    private final Path root;
    private final Map<String, Document> documents;
    private final Map<String, Provision> provisions;
    private final List<RuleSource> sources;
    private final Map<String, EditionRules> editions;

    private RuleBase(Path root, Map<String, Document> documents, Map<String, Provision> provisions,
                     List<RuleSource> sources, Map<String, EditionRules> editions) {
        this.root = root;
        this.documents = documents;
        this.provisions = provisions;
        this.sources = sources;
        this.editions = editions;
    }

    static RuleBase load(Path root) {
        if (!Files.isDirectory(root)) {
            throw RulesException.of(root.toString(), "not a rules directory");
        }
        Map<String, Document> documents = new LinkedHashMap<>();
        for (Document d : read(root, DOCUMENTS, RuleBaseDocuments.DocumentList.class).documents()) {
            if (d.key() == null || d.title() == null || d.kind() == null) {
                throw RulesException.of(display(root, DOCUMENTS), "a document needs a key, a title and a kind");
            }
            if (documents.put(d.key(), d) != null) {
                throw problem(root, DOCUMENTS, d.key(), "document '" + d.key() + "' is listed twice");
            }
        }
        Map<String, Provision> provisions = new TreeMap<>(read(root, PROVISIONS,
                RuleBaseDocuments.ProvisionList.class).provisions());
        provisions.forEach((key, p) -> {
            if (p.document() != null && !documents.containsKey(p.document())) {
                throw problem(root, PROVISIONS, key + ":", "provision '" + key + "' names document '"
                        + p.document() + "', which " + DOCUMENTS + " does not list");
            }
        });
        List<RuleSource> sources = sources(root);
        List<Edition> manifests = editions(root);
        checkContiguous(manifests);
        Map<String, EditionRules> editions = new LinkedHashMap<>();
        for (Edition e : manifests) {
            editions.put(e.id(), EditionRules.of(root, e, documents, provisions, sources));
        }
        return new RuleBase(root, Map.copyOf(documents), Map.copyOf(provisions), List.copyOf(sources),
                editions);
    }

    List<EditionRules> editions() {
        return List.copyOf(editions.values());
    }

    EditionRules edition(String id) {
        return editions.get(id);
    }

    Map<String, Document> documents() {
        return documents;
    }

    Map<String, Provision> provisions() {
        return provisions;
    }

    List<RuleSource> sources() {
        return sources;
    }

    Path root() {
        return root;
    }

    private static List<RuleSource> sources(Path root) {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.list(root)) {
            for (Path file : files.sorted(Comparator.comparing(EditionFiles::name)).toList()) {
                String name = EditionFiles.name(file);
                String display = display(root, name);
                if (name.endsWith(".drl")) {
                    RuleSource source = RuleSource.drl(name, display, EditionFiles.read(file));
                    RuleVocabulary.check(source);
                    sources.add(source);
                } else if (MatrixTable.isMatrix(name)) {
                    sources.add(MatrixTable.read(name, display, EditionFiles.read(file)));
                }
            }
        } catch (IOException e) {
            throw RulesException.of(root.toString(), "cannot list the rule files: " + e.getMessage());
        }
        if (sources.isEmpty()) {
            throw RulesException.of(root.toString(), "there are no rule files (*.drl) here");
        }
        return sources;
    }

    private static List<Edition> editions(Path root) {
        Path folder = root.resolve(EDITIONS);
        if (!Files.isDirectory(folder)) {
            throw RulesException.of(display(root, EDITIONS), "the editions folder is missing");
        }
        List<Edition> editions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted(Comparator.comparing(EditionFiles::name)).toList()) {
                String name = EditionFiles.name(file);
                if (!name.endsWith(".yaml")) {
                    continue;
                }
                String relative = EDITIONS + "/" + name;
                Edition e = read(root, relative, Edition.class);
                List<String> missing = new ArrayList<>();
                if (e.id() == null) missing.add("id");
                if (e.title() == null) missing.add("title");
                if (e.version() == null) missing.add("version");
                if (e.inForceFrom() == null) missing.add("inForceFrom");
                if (e.guidance() == null || e.guidance().isEmpty()) missing.add("guidance");
                if (!missing.isEmpty()) {
                    throw RulesException.of(display(root, relative), "missing " + String.join(", ", missing));
                }
                if (!name.equals(e.id() + ".yaml")) {
                    throw problem(root, relative, "id:", "id '" + e.id() + "' must match the file name '" + name + "'");
                }
                if (!e.version().matches("\\d+\\.\\d+\\.\\d+")) {
                    throw problem(root, relative, "version:", "version '" + e.version()
                            + "' must be semantic, like 1.0.0");
                }
                editions.add(e);
            }
        } catch (IOException e) {
            throw RulesException.of(display(root, EDITIONS), "cannot list the editions: " + e.getMessage());
        }
        if (editions.isEmpty()) {
            throw RulesException.of(display(root, EDITIONS), "no editions (each is a file like kcsie-2023.yaml)");
        }
        editions.sort(Comparator.comparing(Edition::inForceFrom));
        return editions;
    }

    /** Every date from the first edition on must fall in exactly one edition. */
    private static void checkContiguous(List<Edition> sorted) {
        List<RulesException.Problem> problems = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i++) {
            Edition e = sorted.get(i);
            Edition next = sorted.get(i + 1);
            if (!next.inForceFrom().equals(e.inForceUntil())) {
                problems.add(new RulesException.Problem(EDITIONS + "/" + e.id() + ".yaml", 0, "inForceUntil "
                        + e.inForceUntil() + " must equal the next edition's inForceFrom " + next.inForceFrom()
                        + " (" + next.id() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
    }

    private static <T> T read(Path root, String relative, Class<T> type) {
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw RulesException.of(display(root, relative), "the file is missing");
        }
        try {
            T value = Json.YAML.readValue(EditionFiles.read(file), type);
            if (value == null) {
                throw RulesException.of(display(root, relative), "the file is empty");
            }
            return value;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                    ? m.getPath().get(m.getPath().size() - 1).getFieldName() : null;
            throw new RulesException(List.of(new RulesException.Problem(display(root, relative), line,
                    (field != null ? "'" + field + "': " : "")
                            + e.getOriginalMessage().lines().findFirst().orElse("cannot be read").trim())));
        }
    }

    /** A problem located at the first line of the file that contains {@code token}. */
    static RulesException problem(Path root, String relative, String token, String message) {
        return new RulesException(List.of(new RulesException.Problem(display(root, relative),
                lineOf(root.resolve(relative), token), message)));
    }

    static int lineOf(Path file, String token) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        String[] lines = EditionFiles.read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(token)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** How a file is named in a message: its path on disk, or {@code rules/…} inside the jar. */
    static String display(Path root, String relative) {
        return root.getFileSystem().equals(FileSystems.getDefault())
                ? root.resolve(relative).toString() : "rules/" + relative;
    }

    static String sha256(List<String> parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The documents an edition's rules cite, in the order they are first cited, for the edition's description. */
    static List<EditionInfo.Document> describe(List<Document> cited) {
        return cited.stream().map(d -> new EditionInfo.Document(d.key(), d.title(),
                d.dated() == null ? null : d.dated().getYear(), d.url(), d.research(), d.kind(),
                d.checkedAgainst())).toList();
    }

    static Citation orDefault(Citation edition, Provision provision) {
        return edition != null ? edition : provision == null ? null : provision.citation();
    }
}

package io.github.ladorules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.RulesException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions under one rules root. Manifests are read when the catalogue is made; an edition's rules are
 * compiled the first time a case needs them and then kept, so a host pays only for the editions it uses.
 * Thread-safe: concurrent first uses of an edition compile it once.
 */
public final class EditionCatalogue {
    private final Path root;
    private final Map<String, EditionInfo> editions;
    private final Map<String, List<Path>> ruleFiles;
    private final Map<String, CompiledEdition> compiled = new ConcurrentHashMap<>();

    private EditionCatalogue(Path root, Map<String, EditionInfo> editions, Map<String, List<Path>> ruleFiles) {
        this.root = root;
        this.editions = editions;
        this.ruleFiles = ruleFiles;
    }

    public static EditionCatalogue load(Path root) {
        Map<String, EditionInfo> editions = new LinkedHashMap<>();
        Map<String, List<Path>> files = new LinkedHashMap<>();
        List<EditionInfo> found = new ArrayList<>();
        for (Path folder : EditionFiles.editionFolders(root)) {
            List<Path> drl = EditionFiles.ruleFiles(folder);
            EditionInfo info = info(folder, drl);
            found.add(info);
            files.put(info.id(), drl);
        }
        if (found.isEmpty()) {
            throw RulesException.of(root.toString(), "no edition folders (each needs an edition.yaml)");
        }
        found.sort(Comparator.comparing(EditionInfo::inForceFrom));
        checkContiguous(found);
        found.forEach(e -> editions.put(e.id(), e));
        return new EditionCatalogue(root, Map.copyOf(editions), Map.copyOf(files));
    }

    /** Editions in the order they came into force. */
    public List<EditionInfo> editions() {
        return editions.values().stream().sorted(Comparator.comparing(EditionInfo::inForceFrom)).toList();
    }

    /** The edition in force on a case's referral date. */
    public EditionInfo inForceOn(LocalDate referralDate) {
        return editions().stream().filter(e -> e.inForceOn(referralDate)).findFirst()
                .orElseThrow(() -> {
                    EditionInfo first = editions().get(0);
                    return InvalidInputException.of("referralDate", referralDate + " is before the first edition ("
                            + first.id() + ", in force from " + first.inForceFrom() + "); the rules cannot judge it");
                });
    }

    public EditionInfo byId(String id) {
        EditionInfo info = editions.get(id);
        if (info == null) {
            throw InvalidInputException.of("edition", "no edition '" + id + "'; editions are "
                    + editions().stream().map(EditionInfo::id).toList());
        }
        return info;
    }

    /** The compiled edition, compiling it on first use. */
    CompiledEdition compiled(EditionInfo info) {
        return compiled.computeIfAbsent(info.id(), id -> EditionCompiler.compile(info, ruleFiles.get(id), root));
    }

    private static EditionInfo info(Path folder, List<Path> drl) {
        Path file = folder.resolve(EditionFiles.MANIFEST);
        String display = folder.getFileSystem().equals(java.nio.file.FileSystems.getDefault())
                ? file.toString() : "rules/" + EditionFiles.name(folder) + "/" + EditionFiles.MANIFEST;
        EditionManifest manifest;
        try {
            manifest = Json.YAML.readValue(EditionFiles.read(file), EditionManifest.class);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new RulesException(List.of(new RulesException.Problem(display, line,
                    e.getOriginalMessage().lines().findFirst().orElse("cannot be read").trim())));
        }
        List<String> missing = new ArrayList<>();
        if (manifest.id() == null) missing.add("id");
        if (manifest.title() == null) missing.add("title");
        if (manifest.version() == null) missing.add("version");
        if (manifest.inForceFrom() == null) missing.add("inForceFrom");
        if (manifest.documents() == null || manifest.documents().isEmpty()) missing.add("documents");
        if (!missing.isEmpty()) {
            throw RulesException.of(display, "missing " + String.join(", ", missing));
        }
        if (!manifest.id().equals(EditionFiles.name(folder))) {
            throw RulesException.of(display, "id '" + manifest.id() + "' must equal the folder name '"
                    + EditionFiles.name(folder) + "'");
        }
        if (!manifest.version().matches("\\d+\\.\\d+\\.\\d+")) {
            throw RulesException.of(display, "version '" + manifest.version() + "' must be semantic, like 1.0.0");
        }
        if (drl.isEmpty()) {
            throw RulesException.of(display, "the edition has no .drl rule files");
        }
        return new EditionInfo(manifest.id(), manifest.title(), manifest.version(), manifest.inForceFrom(),
                manifest.inForceUntil(), manifest.documents(), manifest.knownUncertainties(), EditionFiles.sha256(drl));
    }

    /** Every date from the first edition on must fall in exactly one edition. */
    private static void checkContiguous(List<EditionInfo> sorted) {
        List<RulesException.Problem> problems = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            EditionInfo e = sorted.get(i);
            boolean last = i == sorted.size() - 1;
            if (last && e.inForceUntil() != null) {
                continue; // a root may end with a closed edition, e.g. a policy lead's trimmed copy
            }
            if (!last && !sorted.get(i + 1).inForceFrom().equals(e.inForceUntil())) {
                problems.add(new RulesException.Problem(e.id() + "/" + EditionFiles.MANIFEST, 0,
                        "inForceUntil " + e.inForceUntil() + " must equal the next edition's inForceFrom "
                                + sorted.get(i + 1).inForceFrom() + " (" + sorted.get(i + 1).id() + ")"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
    }
}

package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions of one rule base. The rule base is read and checked when the catalogue is made; an edition's rules
 * are compiled (or, for the shipped editions, loaded precompiled) the first time a case needs them and then kept, so a host pays only for the editions it uses.
 * Thread-safe: concurrent first uses of an edition compile it once.
 */
public final class EditionCatalogue {
    private final RuleBase ruleBase;
    private final boolean precompiled;
    private final Map<String, EditionInfo> editions;
    private final Map<String, CompiledEdition> compiled = new ConcurrentHashMap<>();

    private EditionCatalogue(RuleBase ruleBase, boolean precompiled) {
        this.ruleBase = ruleBase;
        this.precompiled = precompiled;
        Map<String, EditionInfo> byId = new LinkedHashMap<>();
        ruleBase.editions().forEach(e -> byId.put(e.info().id(), e.info()));
        this.editions = byId;
    }

    /** The editions of a rules directory, compiled from their DRL when first needed (a policy lead's edits count). */
    public static EditionCatalogue load(Path root) {
        return new EditionCatalogue(RuleBase.load(root), false);
    }

    /**
     * The editions shipped with this library. Their rule bases were precompiled at build time and are loaded as
     * classes ({@link EditionModels}), never compiled here: a class path without the precompiled models is a broken
     * build and fails loudly on the first evaluation, rather than quietly paying for compilation.
     */
    public static EditionCatalogue shipped() {
        return new EditionCatalogue(RuleBase.loadShipped(EditionFiles.bundledRoot()), true);
    }

    /** Editions in the order they came into force. */
    public List<EditionInfo> editions() {
        return List.copyOf(editions.values());
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

    /** The compiled edition, compiling (or loading) it on first use. */
    CompiledEdition compiled(EditionInfo info) {
        return compiled.computeIfAbsent(info.id(), id -> precompiled ? EditionModels.load(ruleBase.edition(id))
                : EditionCompiler.compile(ruleBase.edition(id)));
    }

    /** Whether this catalogue loads precompiled rule bases rather than compiling DRL. */
    boolean precompiled() {
        return precompiled;
    }

    RuleBase ruleBase() {
        return ruleBase;
    }
}

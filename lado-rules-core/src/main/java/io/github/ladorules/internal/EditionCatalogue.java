package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The editions of one rule base. A rules directory is read and checked whole when the catalogue is made. The shipped
 * editions were checked when the library was built ({@link EditionModelBuild}); the catalogue knows their ids and
 * dates from a small index and reads an edition's snapshot ({@link EditionSnapshot}) only when it is first needed, so
 * a single evaluation reads one edition, not six. An edition's rules are compiled (or, for the shipped editions,
 * loaded precompiled) the first time a case needs them and then kept, so a host pays only for the editions it uses.
 * Thread-safe: concurrent first uses of an edition read and compile it once.
 */
public final class EditionCatalogue {
    private final boolean precompiled;
    private final List<EditionSnapshot.Entry> entries;
    private final Function<String, EditionRules> source;
    private final Map<String, EditionRules> rules = new ConcurrentHashMap<>();
    private final Map<String, CompiledEdition> compiled = new ConcurrentHashMap<>();

    private EditionCatalogue(List<EditionSnapshot.Entry> entries, Function<String, EditionRules> source,
                             boolean precompiled) {
        this.entries = entries;
        this.source = source;
        this.precompiled = precompiled;
    }

    /** The editions of a rules directory, compiled from their DRL when first needed (a policy lead's edits count). */
    public static EditionCatalogue load(Path root) {
        RuleBase ruleBase = RuleBase.load(root);
        List<EditionSnapshot.Entry> entries = ruleBase.editions().stream()
                .map(e -> new EditionSnapshot.Entry(e.info().id(), e.period())).toList();
        return new EditionCatalogue(entries, ruleBase::edition, false);
    }

    /**
     * The editions shipped with this library. Their rule bases were precompiled at build time and are loaded as
     * classes ({@link EditionModels}), never compiled here: a class path without the precompiled models is a broken
     * build and fails loudly on the first evaluation, rather than quietly paying for compilation.
     */
    public static EditionCatalogue shipped() {
        return new EditionCatalogue(EditionSnapshot.entries(), EditionSnapshot::read, true);
    }

    /** Editions in the order they came into force (reading every edition not read yet). */
    public List<EditionInfo> editions() {
        return entries.stream().map(e -> rules(e.id()).info()).toList();
    }

    /** The id of the first edition. */
    public String firstId() {
        return first().id();
    }

    /** When the first edition came into force: the earliest referral date the rules can judge. */
    public LocalDate firstInForceFrom() {
        return first().period().from();
    }

    private EditionSnapshot.Entry first() {
        return entries.get(0);
    }

    /** The edition in force on a case's referral date. */
    public EditionInfo inForceOn(LocalDate referralDate) {
        return entries.stream().filter(e -> e.period().contains(referralDate)).findFirst()
                .map(e -> rules(e.id()).info())
                .orElseThrow(() -> {
                    EditionSnapshot.Entry first = first();
                    return InvalidInputException.of("referralDate", referralDate + " is before the first edition ("
                            + first.id() + ", in force from " + first.period().from()
                            + "); the rules cannot judge it");
                });
    }

    public EditionInfo byId(String id) {
        if (entries.stream().noneMatch(e -> e.id().equals(id))) {
            throw InvalidInputException.of("edition", "no edition '" + id + "'; editions are "
                    + entries.stream().map(EditionSnapshot.Entry::id).toList());
        }
        return rules(id).info();
    }

    /** The compiled edition, compiling (or loading) it on first use. */
    CompiledEdition compiled(EditionInfo info) {
        return compiled.computeIfAbsent(info.id(), id -> precompiled ? EditionModels.load(rules(id))
                : EditionCompiler.compile(rules(id)));
    }

    /** An edition's checked rules, read on first use (a rules directory's are all read already). */
    EditionRules rules(String id) {
        return rules.computeIfAbsent(id, source);
    }

    /** Whether this catalogue loads precompiled rule bases rather than compiling DRL. */
    boolean precompiled() {
        return precompiled;
    }
}

package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Build time only (the {@code process-classes} step of lado-rules-core; never shipped in the jar): precompiles every
 * shipped edition with the Drools executable model, so that at run time the shipped rules are loaded as classes, with
 * no DRL parsing and no Java compiler. For each edition and each of its two rule bases ({@link RuleGroup}) it compiles
 * exactly the DRL texts the run-time compiler would ({@link EditionRules#drl}), writes the generated classes into the
 * module's output and records, in {@link EditionModels#INDEX}, the model class and the SHA-256 of the DRL it came
 * from, which the loader checks.
 *
 * <p>Arguments: the rules root (the copy that goes into the jar) and the classes directory to write into.
 */
final class EditionModelBuild {
    private EditionModelBuild() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EditionModelBuild RULES_ROOT CLASSES_DIR");
        }
        // Reproducible builds: Drools builds a package's rules on several threads, and the names it generates come
        // from one shared counter, so their numbering (and the classes' bytes) would change from build to build.
        System.setProperty("drools.parallelRulesBuildThreshold", "-1");
        System.setProperty("drools.parallelLambdaExternalization", "false");
        Path root = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        RuleBase base = RuleBase.load(root);
        writeSnapshots(base, classes);
        Path indexFile = classes.resolve(EditionModels.INDEX.substring(1));
        if (upToDate(base, indexFile, classes)) {
            System.out.println("EditionModelBuild: the precompiled editions are up to date");
            return;
        }
        Map<String, byte[]> written = new TreeMap<>();
        StringBuilder index = new StringBuilder("# Written by EditionModelBuild at build time: for each edition and"
                + " rule base, the executable model's class and the SHA-256 of the DRL it was made from.\n");
        for (EditionRules edition : base.editions()) {
            for (RuleGroup group : RuleGroup.values()) {
                String key = EditionModels.key(edition.info().id(), group);
                Model model = generate(edition, group);
                for (Map.Entry<String, byte[]> file : model.classes().entrySet()) {
                    byte[] previous = written.putIfAbsent(file.getKey(), file.getValue());
                    if (previous != null && !Arrays.equals(previous, file.getValue())) {
                        throw new IllegalStateException("two editions generate different " + file.getKey()
                                + "; their models would overwrite each other");
                    }
                }
                index.append(key).append(".model=").append(model.modelClass()).append('\n');
                index.append(key).append(".sha256=").append(edition.drlSha256(group)).append('\n');
            }
        }
        for (Map.Entry<String, byte[]> file : written.entrySet()) {
            Path target = classes.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        Files.createDirectories(indexFile.getParent());
        Files.writeString(indexFile, index, StandardCharsets.UTF_8);
        System.out.println("EditionModelBuild: " + base.editions().size() + " editions, " + written.size()
                + " classes written to " + classes);
    }

    /**
     * Each edition as checked here, and the index of their ids and dates ({@link EditionSnapshot}): what the shipped
     * catalogue reads at run time instead of the rule files. Cheap, so written every time.
     */
    private static void writeSnapshots(RuleBase base, Path classes) throws IOException {
        Path folder = classes.resolve(EditionSnapshot.WHERE);
        Files.createDirectories(folder);
        for (EditionRules edition : base.editions()) {
            Files.write(classes.resolve(EditionSnapshot.resource(edition.info().id()).substring(1)),
                    EditionSnapshot.of(edition).bytes());
        }
        Files.writeString(classes.resolve(EditionSnapshot.INDEX), EditionSnapshot.index(base.editions()),
                StandardCharsets.UTF_8);
    }

    /** Whether every edition's models were made from the DRL the rules give now, and are still in place. */
    private static boolean upToDate(RuleBase base, Path indexFile, Path classes) throws IOException {
        if (!Files.isRegularFile(indexFile)) {
            return false;
        }
        java.util.Properties index = new java.util.Properties();
        try (java.io.Reader reader = Files.newBufferedReader(indexFile, StandardCharsets.UTF_8)) {
            index.load(reader);
        }
        for (EditionRules edition : base.editions()) {
            for (RuleGroup group : RuleGroup.values()) {
                String key = EditionModels.key(edition.info().id(), group);
                String model = index.getProperty(key + ".model");
                if (model == null || !edition.drlSha256(group).equals(index.getProperty(key + ".sha256"))
                        || !Files.isRegularFile(classes.resolve(model.replace('.', '/') + ".class"))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The generated classes of one rule base, by path, and the name of its model class. */
    record Model(String modelClass, Map<String, byte[]> classes) {
    }

    private static Model generate(EditionRules edition, RuleGroup group) {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        // The release id is part of every generated class name, so each edition's rule bases get classes of their own.
        ReleaseId release = services.newReleaseId("io.github.ladorules.editions",
                edition.info().id() + "-" + group.name().toLowerCase(Locale.ROOT), "1.0.0");
        files.generateAndWritePomXML(release);
        for (EditionRules.Drl drl : edition.drl(group)) {
            files.write("src/main/resources/" + drl.resource(), drl.text());
        }
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        List<RulesException.Problem> problems = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            problems.add(new RulesException.Problem(message.getPath() == null ? edition.info().id() : message.getPath(),
                    message.getLine(), message.getText()));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        InternalKieModule module = (InternalKieModule) builder.getKieModule();
        Map<String, byte[]> classes = new TreeMap<>();
        List<String> models = new ArrayList<>();
        for (String name : module.getFileNames()) {
            // The project model is for Drools' classpath container, which this library does not use: the loader
            // makes the rule base from the model class itself.
            if (name.endsWith(".class") && !name.startsWith("org/drools/project/model/")) {
                classes.put(name, module.getBytes(name));
            } else if (name.endsWith("/drools-model")) {
                new String(module.getBytes(name), StandardCharsets.UTF_8).lines().map(String::trim)
                        .filter(line -> !line.isEmpty() && !line.contains(":")).forEach(models::add); // after a version line
            }
        }
        if (models.size() != 1) {
            throw new IllegalStateException(edition.info().id() + " " + group + ": expected one model class, got "
                    + models);
        }
        String modelClass = models.get(0);
        return new Model(modelClass, classes);
    }
}

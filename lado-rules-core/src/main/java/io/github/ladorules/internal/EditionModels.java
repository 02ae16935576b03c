package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * The shipped editions as precompiled at build time ({@link EditionModelBuild}): each rule base is made directly from
 * its generated model class, with no DRL parsing and no Java compiler. The rule base is refused, as a broken build,
 * unless the model was made from exactly the DRL this jar's rules give ({@link EditionRules#drlSha256}) and holds
 * exactly the rules the edition's catalogue lists: Drools can otherwise come up with an empty or stale rule base and
 * say nothing.
 */
final class EditionModels {
    static final String INDEX = "/lado-rules/model/editions.properties";
    private static final String WHERE = "lado-rules/model";

    private EditionModels() {
    }

    static String key(String edition, RuleGroup group) {
        return edition + "." + group.name().toLowerCase(Locale.ROOT);
    }

    /** The edition with both its rule bases loaded from their precompiled models. */
    static CompiledEdition load(EditionRules edition) {
        Properties index = Index.PROPERTIES;
        Map<RuleGroup, KieBase> bases = new EnumMap<>(RuleGroup.class);
        for (RuleGroup group : RuleGroup.values()) {
            String key = key(edition.info().id(), group);
            String modelClass = index.getProperty(key + ".model");
            if (modelClass == null) {
                throw broken("edition " + edition.info().id() + " has no precompiled " + group.name()
                        .toLowerCase(Locale.ROOT) + " rules (" + INDEX + (index.isEmpty() ? " is missing" : "") + ")");
            }
            if (!edition.drlSha256(group).equals(index.getProperty(key + ".sha256"))) {
                throw broken("the precompiled " + key + " rules were made from other rule files than the ones in"
                        + " this jar");
            }
            KieBase base = KieBaseBuilder.createKieBaseFromModel(model(modelClass));
            int loaded = base.getKiePackages().stream().mapToInt(p -> p.getRules().size()).sum();
            int expected = edition.ruleCount(group);
            if (loaded != expected || loaded == 0) {
                throw broken("the precompiled " + key + " rules hold " + loaded + " rules; the edition has "
                        + expected);
            }
            bases.put(group, base);
        }
        return EditionCompiler.catalogued(edition, bases);
    }

    private static Model model(String className) {
        try {
            return (Model) Class.forName(className, true, EditionModels.class.getClassLoader())
                    .getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
            throw broken("cannot load the precompiled model " + className + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static RulesException broken(String message) {
        return new RulesException(List.of(new RulesException.Problem(WHERE, 0, "internal error: " + message
                + "; the library was not built correctly (rebuild it with mvn package)")));
    }

    /** Read once, on first use. */
    private static final class Index {
        static final Properties PROPERTIES = read();

        private static Properties read() {
            Properties properties = new Properties();
            try (InputStream in = EditionModels.class.getResourceAsStream(INDEX)) {
                if (in != null) {
                    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                }
            } catch (IOException e) {
                throw broken("cannot read " + INDEX + " (" + e.getClass().getSimpleName() + ")");
            }
            return properties;
        }
    }
}

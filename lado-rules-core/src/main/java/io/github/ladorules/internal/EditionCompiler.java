package io.github.ladorules.internal;

import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * Compiles one edition of the shared rule base into its two rule bases (one for concerns, one for finished
 * investigations: {@link RuleGroup}) with the classic (MVEL) compiler, and checks that every rule carries the metadata
 * a policy lead relies on: a stable {@code @id}, a plain-English {@code @text} and a {@code @cite} naming a provision.
 * Every problem is reported with its file and line. The shipped editions skip the compiling ({@link EditionModels})
 * but are catalogued and checked here the same way.
 */
final class EditionCompiler {
    static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final String[] REQUIRED = {"id", "text", "cite"};

    private EditionCompiler() {
    }

    static CompiledEdition compile(EditionRules edition) {
        List<RulesException.Problem> problems = new ArrayList<>();
        Map<String, EditionRules.Located> locations = locations(edition, problems);
        Map<RuleGroup, KieBase> bases = new EnumMap<>(RuleGroup.class);
        for (RuleGroup group : RuleGroup.values()) {
            bases.put(group, build(edition.drl(group), edition.info().id(), problems));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems.stream().distinct().toList());
        }
        return catalogued(edition, bases);
    }

    /** One rule base from its DRL; any compile error is added to {@code problems} and null returned. */
    private static KieBase build(List<EditionRules.Drl> drl, String editionId, List<RulesException.Problem> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> displayByResource = new HashMap<>();
        for (EditionRules.Drl d : drl) {
            displayByResource.put(d.resource(), d.display());
            builder.add(ResourceFactory.newByteArrayResource(d.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(d.resource()), ResourceType.DRL);
        }
        if (!builder.hasErrors()) {
            return builder.newKieBase();
        }
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String resource = error.getResource() == null ? null : error.getResource().getSourcePath();
            String file = displayByResource.getOrDefault(resource, editionId);
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            problems.add(new RulesException.Problem(file, line, oneLine(error.getMessage())));
        }
        return null;
    }

    /** Every rule's file and first line by name, refusing two rules of one name in one edition. */
    private static Map<String, EditionRules.Located> locations(EditionRules edition,
                                                               List<RulesException.Problem> problems) {
        Map<String, EditionRules.Located> locations = new LinkedHashMap<>();
        for (EditionRules.Source source : edition.sources()) {
            for (RuleSource.Block block : source.blocks()) {
                EditionRules.Located previous = locations.putIfAbsent(block.ruleName(),
                        new EditionRules.Located(source.file().display(), block));
                if (previous != null) {
                    problems.add(new RulesException.Problem(source.file().display(), block.firstLine(), "rule \""
                            + block.ruleName() + "\" is already declared at " + previous.file() + ":"
                            + previous.block().firstLine() + " for edition " + edition.info().id()
                            + "; give the two a different name or periods that do not overlap"));
                }
            }
        }
        return locations;
    }

    /**
     * The edition ready to evaluate, from its two rule bases however they were made: every rule's metadata checked
     * and catalogued, and the rule-book order (files in name order, rules as written).
     */
    static CompiledEdition catalogued(EditionRules edition, Map<RuleGroup, KieBase> bases) {
        List<RulesException.Problem> problems = new ArrayList<>();
        Map<String, EditionRules.Located> locations = locations(edition, problems);
        Map<String, RuleInfo> rules = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
        for (RuleGroup group : RuleGroup.values()) {
            catalogue(edition, bases.get(group), locations, rules, nameById, problems);
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        Map<String, Integer> order = new HashMap<>();
        List<String> names = new ArrayList<>(locations.keySet());
        for (int i = 0; i < names.size(); i++) {
            order.put(names.get(i), i);
        }
        Set<String> seeOnlyTheCase = new HashSet<>();
        locations.forEach((name, where) -> {
            if (RuleGroup.seesOnlyTheCase(where.block())) {
                seeOnlyTheCase.add(name);
            }
        });
        return new CompiledEdition(edition.info(), bases.get(RuleGroup.CONCERNS), bases.get(RuleGroup.OUTCOMES),
                Map.copyOf(rules), Map.copyOf(order), Set.copyOf(seeOnlyTheCase),
                new AnswersLikeUnknown(edition.drl(RuleGroup.CONCERNS).stream().map(EditionRules.Drl::text).toList()));
    }

    private static void catalogue(EditionRules edition, KieBase kieBase, Map<String, EditionRules.Located> locations,
                                  Map<String, RuleInfo> rules, Map<String, String> nameById,
                                  List<RulesException.Problem> problems) {
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                EditionRules.Located where = locations.get(rule.getName());
                String file = where == null ? edition.info().id() : where.file();
                int line = where == null ? 0 : where.block().firstLine();
                Map<String, Object> meta = rule.getMetaData();
                List<String> missing = new ArrayList<>();
                for (String key : REQUIRED) {
                    if (text(meta.get(key)).isBlank()) {
                        missing.add("@" + key);
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add(new RulesException.Problem(file, line, "rule \"" + rule.getName() + "\" has no "
                            + String.join(", ", missing) + "; every rule needs @id, @text and @cite"));
                    continue;
                }
                String id = text(meta.get("id"));
                if (!RULE_ID.matcher(id).matches()) {
                    problems.add(new RulesException.Problem(file, line, "rule \"" + rule.getName() + "\" has @id(\""
                            + id + "\"); an id is upper-case words joined by hyphens, like CRIT-HARMED"));
                }
                String clash = nameById.putIfAbsent(id, rule.getName());
                if (clash != null) {
                    problems.add(new RulesException.Problem(file, line, "@id(\"" + id + "\") is used by rule \""
                            + clash + "\" too in edition " + edition.info().id() + "; ids must be unique"));
                }
                EditionRules.Resolved cite = edition.citations().get(text(meta.get("cite")));
                if (cite == null || where == null) {
                    problems.add(new RulesException.Problem(file, line, "rule \"" + rule.getName()
                            + "\" cites '" + text(meta.get("cite")) + "', which has no citation"));
                    continue;
                }
                rules.put(rule.getName(), new RuleInfo(edition.info().id(), id, rule.getName(),
                        text(meta.get("text")), cite.citation(), file, line, cite.provision(), cite.checked(),
                        where.block().from(), where.block().until()));
            }
        }
    }

    private static String text(Object metadata) {
        if (metadata == null) {
            return "";
        }
        String value = metadata.toString().trim();
        // Drools hands back some metadata values with their quotes; the text is what is inside them.
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String oneLine(String message) {
        return message == null ? "error" : message.replaceAll("\\s+", " ").trim();
    }
}

package io.github.ladorules.internal;

import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Compiles one edition of the shared rule base into its own rule base with the classic (MVEL) compiler, and
 * checks that every rule carries the metadata a policy lead relies on: a stable {@code @id}, a plain-English
 * {@code @text} and a {@code @cite} naming a provision. Every problem is reported with its file and line.
 */
final class EditionCompiler {
    static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final String[] REQUIRED = {"id", "text", "cite"};

    private EditionCompiler() {
    }

    static CompiledEdition compile(EditionRules edition) {
        String id = edition.info().id();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> displayByResource = new HashMap<>();
        List<RulesException.Problem> problems = new ArrayList<>();
        Map<String, EditionRules.Located> locations = new LinkedHashMap<>();
        for (EditionRules.Source source : edition.sources()) {
            String resource = id + "/" + source.file().name() + (source.file().name().endsWith(".drl") ? "" : ".drl");
            displayByResource.put(resource, source.file().display());
            for (RuleSource.Block block : source.blocks()) {
                EditionRules.Located previous = locations.putIfAbsent(block.ruleName(),
                        new EditionRules.Located(source.file().display(), block));
                if (previous != null) {
                    problems.add(new RulesException.Problem(source.file().display(), block.firstLine(), "rule \""
                            + block.ruleName() + "\" is already declared at " + previous.file() + ":"
                            + previous.block().firstLine() + " for edition " + id
                            + "; give the two a different name or periods that do not overlap"));
                }
            }
            builder.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(resource), ResourceType.DRL);
        }
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String resource = error.getResource() == null ? null : error.getResource().getSourcePath();
            String file = displayByResource.getOrDefault(resource, id);
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            problems.add(new RulesException.Problem(file, line, oneLine(error.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, RuleInfo> rules = catalogue(edition, kieBase, locations, problems);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        Map<String, Integer> order = new HashMap<>();
        List<String> names = new ArrayList<>(locations.keySet());
        for (int i = 0; i < names.size(); i++) {
            order.put(names.get(i), i);
        }
        return new CompiledEdition(edition.info(), kieBase, Map.copyOf(rules), Map.copyOf(order));
    }

    private static Map<String, RuleInfo> catalogue(EditionRules edition, KieBase kieBase,
                                                   Map<String, EditionRules.Located> locations,
                                                   List<RulesException.Problem> problems) {
        Map<String, RuleInfo> rules = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
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
        return rules;
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

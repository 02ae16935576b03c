package io.github.ladorules.internal;

import io.github.ladorules.Citation;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.RulesException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Compiles one edition's DRL files into a rule base with the classic (MVEL) compiler, and checks that every rule
 * carries the metadata a policy lead relies on: a stable {@code @id}, a plain-English {@code @text} and a
 * {@code @cite} naming a declared document. Every problem is reported with its file and line before failing.
 */
final class EditionCompiler {
    private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
    private static final String[] REQUIRED = {"id", "text", "cite"};

    private EditionCompiler() {
    }

    static CompiledEdition compile(EditionInfo info, List<Path> ruleFiles, Path root) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        Map<String, String> displayNameByResource = new HashMap<>();
        Map<String, RuleLocation> locations = new LinkedHashMap<>();
        List<RulesException.Problem> problems = new ArrayList<>();
        for (int f = 0; f < ruleFiles.size(); f++) {
            Path file = ruleFiles.get(f);
            String display = displayName(root, info.id(), file);
            String text = EditionFiles.read(file);
            String resourcePath = info.id() + "/" + EditionFiles.name(file);
            displayNameByResource.put(resourcePath, display);
            int fileIndex = f;
            RuleDeclarations.lines(text).forEach((name, line) -> {
                RuleLocation previous = locations.putIfAbsent(name, new RuleLocation(display, line, fileIndex));
                if (previous != null) {
                    problems.add(new RulesException.Problem(display, line,
                            "rule \"" + name + "\" is already declared at " + previous.file() + ":" + previous.line()));
                }
            });
            builder.add(ResourceFactory.newByteArrayResource(text.getBytes(StandardCharsets.UTF_8))
                    .setSourcePath(resourcePath), ResourceType.DRL);
        }
        for (KnowledgeBuilderError error : builder.getErrors()) {
            String resource = error.getResource() == null ? null : error.getResource().getSourcePath();
            String file = displayNameByResource.getOrDefault(resource, info.id());
            int[] lines = error.getLines();
            int line = lines != null && lines.length > 0 ? Math.max(lines[0], 0) : 0;
            problems.add(new RulesException.Problem(file, line, oneLine(error.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, RuleInfo> rules = catalogue(info, kieBase, locations, problems);
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        Map<String, Integer> order = new HashMap<>();
        List<String> names = new ArrayList<>(locations.keySet());
        for (int i = 0; i < names.size(); i++) {
            order.put(names.get(i), i);
        }
        return new CompiledEdition(info, kieBase, Map.copyOf(rules), Map.copyOf(order));
    }

    private static Map<String, RuleInfo> catalogue(EditionInfo info, KieBase kieBase,
                                                   Map<String, RuleLocation> locations,
                                                   List<RulesException.Problem> problems) {
        Map<String, RuleInfo> rules = new HashMap<>();
        Map<String, String> nameById = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                RuleLocation where = locations.getOrDefault(rule.getName(), new RuleLocation(info.id(), 0, 0));
                Map<String, Object> meta = rule.getMetaData();
                List<String> missing = new ArrayList<>();
                for (String key : REQUIRED) {
                    if (text(meta.get(key)).isBlank()) {
                        missing.add("@" + key);
                    }
                }
                if (!missing.isEmpty()) {
                    problems.add(where.problem("rule \"" + rule.getName() + "\" has no " + String.join(", ", missing)
                            + "; every rule needs @id, @text and @cite"));
                    continue;
                }
                String id = text(meta.get("id"));
                if (!RULE_ID.matcher(id).matches()) {
                    problems.add(where.problem("rule \"" + rule.getName() + "\" has @id(\"" + id
                            + "\"); an id is upper-case words joined by hyphens, like CRIT-HARMED"));
                }
                String clash = nameById.putIfAbsent(id, rule.getName());
                if (clash != null) {
                    problems.add(where.problem("@id(\"" + id + "\") is used by rule \"" + clash + "\" too; ids must be unique"));
                }
                String[] problem = new String[1];
                Optional<Citation> cite = Citations.parse(text(meta.get("cite")), info.documents(), problem);
                if (cite.isEmpty()) {
                    problems.add(where.problem("rule \"" + rule.getName() + "\": " + problem[0]));
                    continue;
                }
                rules.put(rule.getName(), new RuleInfo(info.id(), id, rule.getName(), text(meta.get("text")),
                        cite.get(), where.file(), where.line()));
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

    private static String displayName(Path root, String editionId, Path file) {
        if (root.getFileSystem().equals(java.nio.file.FileSystems.getDefault())) {
            return file.toString();
        }
        return "rules/" + editionId + "/" + EditionFiles.name(file);
    }

    private static String oneLine(String message) {
        return message == null ? "error" : message.replaceAll("\\s+", " ").trim();
    }

    private record RuleLocation(String file, int line, int fileIndex) {
        RulesException.Problem problem(String message) {
            return new RulesException.Problem(file, line, message);
        }
    }
}

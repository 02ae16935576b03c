package io.github.ladorules.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each rule is declared in a DRL file. Drools keeps no reliable line for a rule, and a policy lead needs
 * file and line for a rule's problem, so the declarations are found in the text itself.
 */
final class RuleDeclarations {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))");

    private RuleDeclarations() {
    }

    /** Rule name to its 1-based line, in file order. */
    static Map<String, Integer> lines(String drl) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        String[] text = drl.split("\n", -1);
        boolean inBlockComment = false;
        for (int i = 0; i < text.length; i++) {
            String line = text[i];
            if (inBlockComment) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            if (line.trim().startsWith("/*")) {
                inBlockComment = !line.contains("*/");
                continue;
            }
            Matcher m = RULE.matcher(line);
            if (m.find()) {
                String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
                lines.putIfAbsent(name, i + 1);
            }
        }
        return lines;
    }
}

package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule file may use: an allow-list, checked when the rules are loaded, so that a rules folder given with
 * {@code --rules} cannot run arbitrary Java. A file may import only the rule vocabulary (the facts package and the
 * API's enums and records) and declares rules only. A consequence may insert findings: it may name
 * {@code kcontext}, {@code insert}, {@code new}, the rule's own {@code $variables}, classes of the vocabulary and
 * their constants, getters, and public static factories of the facts classes; anything else is refused with the
 * file, the line and the name. Conditions may name no class outside the vocabulary (and {@code Number}, what an
 * accumulate gives) and no qualified Java name.
 */
final class RuleVocabulary {
    private static final String FACTS = "io.github.ladorules.facts.";
    private static final String API = "io.github.ladorules.";
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+(\\.\\*)?)\\s*;?\\s*$");
    private static final Pattern TOP_LEVEL = Pattern.compile("^\\s*(function|global|declare|query)\\b");
    private static final Pattern WORD = Pattern.compile("(\\.)?\\s*([A-Za-z_$][A-Za-z0-9_$]*)(\\s*\\()?");
    private static final Set<String> KEYWORDS = Set.of("kcontext", "insert", "new", "true", "false", "null", "if",
            "else");
    private static final Set<String> CONDITION_WORDS_REFUSED = Set.of("java", "javax", "jdk", "sun", "com", "org",
            "eval", "System", "Runtime", "Thread", "Class", "ProcessBuilder");

    private RuleVocabulary() {
    }

    static void check(RuleSource source) {
        List<RulesException.Problem> problems = new ArrayList<>();
        // Comments and the text of strings are not code, so they are never judged.
        String[] lines = RuleSource.codeOnly(source.text()).split("\n", -1);
        boolean[] inRule = new boolean[lines.length];
        for (RuleSource.Block block : source.blocks()) {
            for (int i = block.firstLine() - 1; i < block.lastLine(); i++) {
                inRule[i] = true;
            }
        }
        for (int i = 0; i < lines.length; i++) {
            if (inRule[i]) {
                continue;
            }
            String line = lines[i];
            Matcher imported = IMPORT.matcher(line);
            if (imported.matches() && (imported.group(1) != null || !vocabulary(imported.group(2)))) {
                problems.add(new RulesException.Problem(source.display(), i + 1, "may not import "
                        + imported.group(2) + "; a rule file imports only io.github.ladorules.facts.* and the "
                        + "io.github.ladorules enums"));
            }
            Matcher top = TOP_LEVEL.matcher(line);
            if (top.find()) {
                problems.add(new RulesException.Problem(source.display(), i + 1, "'" + top.group(1)
                        + "' is not allowed in a rule file; write rules only"));
            }
        }
        for (RuleSource.Block block : source.blocks()) {
            boolean then = false;
            boolean when = false;
            for (int i = block.firstLine(); i < block.lastLine() - 1; i++) {
                String line = lines[i];
                String trimmed = line.trim();
                if (trimmed.equals("when")) {
                    when = true;
                    continue;
                }
                if (trimmed.equals("then")) {
                    then = true;
                    when = false;
                    continue;
                }
                if (then) {
                    consequence(line, source.display(), i + 1, block.ruleName(), problems);
                } else if (when) {
                    condition(line, source.display(), i + 1, block.ruleName(), problems);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
    }

    private static void consequence(String line, String file, int number, String rule,
                                    List<RulesException.Problem> problems) {
        Matcher m = WORD.matcher(line);
        String previous = null;
        while (m.find()) {
            String word = m.group(2);
            boolean member = m.group(1) != null;
            boolean call = m.group(3) != null;
            if (!allowedInConsequence(word, member, call, previous)) {
                problems.add(new RulesException.Problem(file, number, "rule \"" + rule + "\" uses '" + word
                        + "', which a consequence may not: it may only insert findings of the rule vocabulary"));
            }
            previous = member ? previous : word;
        }
    }

    private static boolean allowedInConsequence(String word, boolean member, boolean call, String owner) {
        if (KEYWORDS.contains(word) || word.startsWith("$")) {
            return true;
        }
        if (!member) {
            return vocabularyClass(word) != null;
        }
        if (word.matches("[A-Z][A-Z0-9_]*") && !call) {
            return true; // a constant of a vocabulary enum: its owner was checked as a class
        }
        if (word.matches("(get|is)[A-Z]\\w*") && call) {
            return true;
        }
        Class<?> type = owner == null ? null : vocabularyClass(owner);
        if (type == null || !call) {
            return false;
        }
        for (Method method : type.getMethods()) {
            if (method.getName().equals(word) && Modifier.isStatic(method.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static void condition(String line, String file, int number, String rule,
                                  List<RulesException.Problem> problems) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
            String word = m.group(2);
            boolean member = m.group(1) != null;
            boolean refused = CONDITION_WORDS_REFUSED.contains(word)
                    || (!member && Character.isUpperCase(word.charAt(0)) && !word.matches("[A-Z][A-Z0-9_]*")
                    && !word.equals("Number") && vocabularyClass(word) == null);
            if (refused) {
                problems.add(new RulesException.Problem(file, number, "rule \"" + rule + "\" names '" + word
                        + "' in its conditions; conditions may name only the rule vocabulary"));
            }
        }
    }

    /** A class of the rule vocabulary by its simple name, or null. */
    private static Class<?> vocabularyClass(String name) {
        if (!name.matches("[A-Z]\\w*")) {
            return null;
        }
        for (String pkg : new String[] {FACTS, API}) {
            try {
                Class<?> type = Class.forName(pkg + name, false, RuleVocabulary.class.getClassLoader());
                if (!type.getName().contains(".internal.")) {
                    return type;
                }
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return null;
    }

    private static boolean vocabulary(String imported) {
        if (imported.equals("io.github.ladorules.facts.*")) {
            return true;
        }
        return imported.startsWith(API) && imported.indexOf('.', API.length()) < 0
                && vocabularyClass(imported.substring(API.length())) != null;
    }
}

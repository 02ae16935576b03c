package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The yes-or-no answers that no rule of an edition can tell from "unknown", read from the text of its rules, so the
 * search for questions need not try them. An unknown fact is null, and a rule compares a fact with a value: if every
 * place a rule names a fact is a comparison with {@code true}, {@code false} or {@code null}, and an answer makes
 * each of those comparisons come out as null does, then the rules run exactly as on the known facts, and so give the
 * same result. {@code injury == true} is false for null and for {@code false}, so {@code false} is such an answer;
 * {@code hasCurrentEmployer == null} tells {@code false} from null, so it is not.
 *
 * <p>It is cautious: a fact named in any other way (bound to a variable, passed to a method, read by its getter, in
 * any rule, or in a then part), or named nowhere at all, has every answer tried. Text in strings and comments is not
 * read. It relies on the fact classes reading a fact only through its getter (a test holds them to it), and the
 * differential test compares the search with one that tries every answer.
 */
final class AnswersLikeUnknown {
    private static final Pattern COMPARED = Pattern.compile("\\s*(==|!=)\\s*(true|false|null)\\b");

    private final String code;
    private final Map<String, Optional<List<Comparison>>> comparisons = new ConcurrentHashMap<>();

    private record Comparison(boolean equals, Boolean value) {
        boolean holdsFor(Boolean answer) {
            boolean same = value == null ? answer == null : value.equals(answer);
            return equals == same;
        }
    }

    /** From the DRL texts of an edition's rules for concerns (the facts a trial answers are concern facts). */
    AnswersLikeUnknown(List<String> drl) {
        StringBuilder all = new StringBuilder();
        drl.forEach(text -> all.append(RuleSource.codeOnly(text)).append('\n'));
        this.code = all.toString();
    }

    /** Whether the rules cannot tell this answer to the fact from "unknown", so trying it would change nothing. */
    boolean likeUnknown(String property, JsonNode answer) {
        if (!answer.isBoolean()) {
            return false;
        }
        return comparisons.computeIfAbsent(property, this::read)
                .map(list -> list.stream().allMatch(c -> c.holdsFor(answer.booleanValue()) == c.holdsFor(null)))
                .orElse(false);
    }

    /** Every comparison the rules make with the fact, or empty when they name it in any other way, or nowhere. */
    private Optional<List<Comparison>> read(String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String accessor : List.of("get", "is", "set")) {
            if (nextWord(accessor + capitalised, 0) >= 0) {
                return Optional.empty();
            }
        }
        List<Comparison> found = new ArrayList<>();
        Matcher compared = COMPARED.matcher(code);
        for (int at = nextWord(property, 0); at >= 0; at = nextWord(property, at + property.length())) {
            if (!compared.region(at + property.length(), code.length()).lookingAt()) {
                return Optional.empty();
            }
            String value = compared.group(2);
            found.add(new Comparison(compared.group(1).equals("=="), value.equals("null") ? null
                    : Boolean.valueOf(value)));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(found));
    }

    /**
     * Where {@code word} next stands as a whole word in the rules' code, from {@code from} on (where the regular
     * expression {@code \bword\b} would find it), or -1. A plain search rather than that expression: in a new JVM,
     * where this runs uncompiled, the expression took three times as long over an edition's rules, about a fortieth
     * of a cold evaluation of the example.
     */
    private int nextWord(String word, int from) {
        for (int at = code.indexOf(word, from); at >= 0; at = code.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !inWord(code.charAt(at - 1))) && (end == code.length() || !inWord(code.charAt(end)))) {
                return at;
            }
        }
        return -1;
    }

    /** A character {@code \b} counts as part of a word. */
    private static boolean inWord(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}

package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * <p>A place in a {@code Concern} pattern that also requires the concern's indicator to be one of a list
 * ({@code indicator == "X"} or {@code indicator in ("X", "Y")}, a condition of its own between the pattern's commas)
 * can never match a concern with another indicator, whatever the fact's value: for such a concern that place tells
 * no answer apart, and any answer is like unknown there. So an injury is not tried on a concern of neglect when only
 * the rule for physical concerns reads it.
 *
 * <p>It is cautious: a fact named in any other way (bound to a variable, passed to a method, read by its getter, in
 * any rule, or in a then part), or named nowhere at all, has every answer tried, unless the place cannot match the
 * concern. Text in strings and comments is not read, except the indicators of such a condition. It relies on the
 * fact classes reading a fact only through its getter (a test holds them to it), and the differential test compares
 * the search with one that tries every answer.
 */
final class AnswersLikeUnknown {
    private static final Pattern COMPARED = Pattern.compile("\\s*(==|!=)\\s*(true|false|null)\\b");
    /** A condition on the indicator alone, its string literals emptied as {@link RuleSource#codeOnly} leaves them. */
    private static final Pattern INDICATOR_IS = Pattern.compile(
            "\\s*indicator\\s*(?:==\\s*\"\"|in\\s*\\(\\s*\"\"(?:\\s*,\\s*\"\")*\\s*\\))\\s*");
    private static final String CONCERN = "Concern";

    private final String code;
    /** Each string literal's text, by where its emptied {@code ""} starts in {@link #code}. */
    private final Map<Integer, String> literals = new HashMap<>();
    private final Map<String, Optional<List<Place>>> places = new ConcurrentHashMap<>();

    private record Comparison(boolean equals, Boolean value) {
        boolean holdsFor(Boolean answer) {
            boolean same = value == null ? answer == null : value.equals(answer);
            return equals == same;
        }
    }

    /**
     * A place where the rules name the fact: the comparison made there (null for any other use), and the only
     * indicators a concern may have for the pattern there to match it (null: any concern, or not a concern's pattern).
     */
    private record Place(Comparison comparison, Set<String> indicators) {
        boolean canMatch(String indicator) {
            return indicators == null || indicator == null || indicators.contains(indicator);
        }
    }

    /** From the DRL texts of an edition's rules for concerns (the facts a trial answers are concern facts). */
    AnswersLikeUnknown(List<String> drl) {
        StringBuilder all = new StringBuilder();
        drl.forEach(text -> {
            int offset = all.length();
            all.append(RuleSource.codeOnly(text, (literal, at) -> literals.put(offset + at, literal))).append('\n');
        });
        this.code = all.toString();
    }

    /** As {@link #likeUnknown(String, JsonNode, String)} for a fact that is not a concern's. */
    boolean likeUnknown(String property, JsonNode answer) {
        return likeUnknown(property, answer, null);
    }

    /**
     * Whether the rules cannot tell this answer to the fact from "unknown", so trying it would change nothing.
     *
     * @param indicator the indicator of the concern whose fact this is, or null for a fact of anything else
     */
    boolean likeUnknown(String property, JsonNode answer, String indicator) {
        if (!answer.isBoolean()) {
            return false;
        }
        return places.computeIfAbsent(property, this::read).map(list -> list.stream()
                .filter(place -> place.canMatch(indicator))
                .allMatch(place -> place.comparison() != null
                        && place.comparison().holdsFor(answer.booleanValue()) == place.comparison().holdsFor(null)))
                .orElse(false);
    }

    /**
     * Every place the rules name the fact, or empty when they name it in a way no place can account for (by its
     * getter, or other than in a comparison outside a pattern limited to some indicators), or nowhere.
     */
    private Optional<List<Place>> read(String property) {
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String accessor : List.of("get", "is", "set")) {
            if (nextWord(accessor + capitalised, 0) >= 0) {
                return Optional.empty();
            }
        }
        List<Place> found = new ArrayList<>();
        Matcher compared = COMPARED.matcher(code);
        for (int at = nextWord(property, 0); at >= 0; at = nextWord(property, at + property.length())) {
            Set<String> indicators = indicatorsRequiredAt(at);
            Comparison comparison = null;
            if (compared.region(at + property.length(), code.length()).lookingAt()) {
                String value = compared.group(2);
                comparison = new Comparison(compared.group(1).equals("=="), value.equals("null") ? null
                        : Boolean.valueOf(value));
            } else if (indicators == null) {
                return Optional.empty();
            }
            found.add(new Place(comparison, indicators));
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(found));
    }

    /**
     * The indicators a concern must have for the pattern around this place to match it: when the place is a condition
     * of a {@code Concern} pattern (just after its opening bracket or one of its commas), and another of the
     * pattern's conditions is {@link #INDICATOR_IS}. Null otherwise.
     */
    private Set<String> indicatorsRequiredAt(int at) {
        int open = enclosingBracket(at);
        if (open < 0 || !isPatternOf(open) || !startsACondition(at, open)) {
            return null;
        }
        int from = open + 1;
        int depth = 0;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if ((c == ',' || c == ')') && depth == 0) {
                Matcher condition = INDICATOR_IS.matcher(code).region(from, i);
                if (condition.matches()) {
                    Set<String> indicators = new HashSet<>();
                    for (int q = code.indexOf("\"\"", from); q >= 0 && q < i; q = code.indexOf("\"\"", q + 2)) {
                        String literal = literals.get(q);
                        if (literal == null) {
                            return null;
                        }
                        indicators.add(literal);
                    }
                    return indicators;
                }
                if (c == ')') {
                    return null;
                }
                from = i + 1;
            }
        }
        return null;
    }

    /** Where the innermost bracket around this place opens, or -1. */
    private int enclosingBracket(int at) {
        int depth = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = code.charAt(i);
            if (c == ')' || c == ']' || c == '}') {
                depth++;
            } else if (c == '(' || c == '[' || c == '{') {
                if (depth == 0) {
                    return c == '(' ? i : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    /** Whether this opening bracket is a {@code Concern} pattern's: the type's name, a whole word, just before it. */
    private boolean isPatternOf(int open) {
        int end = open;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        int start = end - CONCERN.length();
        return start >= 0 && code.startsWith(CONCERN, start)
                && (start == 0 || !inWord(code.charAt(start - 1)) && code.charAt(start - 1) != '.');
    }

    /** Whether the place begins one of the pattern's conditions, rather than a part of one (a path, an operand). */
    private boolean startsACondition(int at, int open) {
        int before = at - 1;
        while (before > open && Character.isWhitespace(code.charAt(before))) {
            before--;
        }
        return before == open || code.charAt(before) == ',';
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

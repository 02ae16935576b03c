package io.github.ladorules.internal;

import io.github.ladorules.RulesException;
import io.github.ladorules.facts.Circumstances;
import io.github.ladorules.facts.LocalParameters;
import io.github.ladorules.facts.OutcomeFinding;
import io.github.ladorules.facts.Recommend;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of an edition's two rule bases a rule belongs to. A concern is evaluated by the threshold rules, a finished
 * investigation by the outcome rules, and neither set may see the other's facts, so each is compiled into its own
 * rule base. A rule's group follows from the facts its conditions match: an outcome's facts (what
 * {@link OutcomeFacts} inserts) or an outcome's findings ({@link OutcomeFinding}) make it an outcome rule; every
 * other rule evaluates concerns. A rule that matches both is refused with its file and line.
 */
enum RuleGroup {
    CONCERNS,
    OUTCOMES;

    /** A pattern in a condition: a type name, then its constraints in brackets. */
    private static final Pattern PATTERN_TYPE = Pattern.compile("\\b([A-Z][A-Za-z0-9_]*)\\s*\\(");
    private static final String FACTS = "io.github.ladorules.facts.";
    private static final Map<String, Optional<Class<?>>> FACT_TYPES = new ConcurrentHashMap<>();

    static RuleGroup of(RuleSource.Block block, String file) {
        List<String> concern = new ArrayList<>();
        List<String> outcome = new ArrayList<>();
        for (Class<?> type : factTypes(block)) {
            if (OutcomeFacts.TYPES.contains(type) || OutcomeFinding.class.isAssignableFrom(type)) {
                outcome.add(type.getSimpleName());
            } else {
                concern.add(type.getSimpleName());
            }
        }
        if (!concern.isEmpty() && !outcome.isEmpty()) {
            throw new RulesException(List.of(new RulesException.Problem(file, block.firstLine(), "rule \""
                    + block.ruleName() + "\" matches a concern's facts (" + concern.get(0) + ") and an outcome's ("
                    + outcome.get(0) + "); a rule judges either a concern or a finished investigation")));
        }
        return outcome.isEmpty() ? CONCERNS : OUTCOMES;
    }

    /**
     * The facts a rule may match if it makes a finding for the case as a whole, rather than for one adult: the case's
     * circumstances, the local parameters and each adult's recommendation (what it is, not whose: such a rule may not
     * name a recommendation's {@code subject}). The question search relies on it to work out the actions for the
     * whole case from the recommendations alone, without evaluating the whole case again for every answer it tries;
     * the engine refuses a rule that breaks it ({@link SessionRun}).
     */
    static final Set<Class<?>> CASE_FACTS = Set.of(Circumstances.class, LocalParameters.class, Recommend.class);
    private static final Pattern SUBJECT = Pattern.compile("\\bsubject\\b");

    /** Whether the rule's conditions match only {@link #CASE_FACTS}, and never name a recommendation's subject. */
    static boolean seesOnlyTheCase(RuleSource.Block block) {
        return CASE_FACTS.containsAll(factTypes(block)) && !SUBJECT.matcher(codeOf(block)).find();
    }

    /**
     * The fact types a rule's conditions match, read from their text. Names that are not facts (Number, what an
     * accumulate gives) are left out; RuleVocabulary judges other names.
     */
    private static List<Class<?>> factTypes(RuleSource.Block block) {
        List<Class<?>> types = new ArrayList<>();
        Matcher m = PATTERN_TYPE.matcher(codeOf(block));
        while (m.find()) {
            Class<?> type = fact(m.group(1));
            if (type != null) {
                types.add(type);
            }
        }
        return types;
    }

    /** The rule's conditions with strings emptied and comments left out, so that only the DRL itself is read. */
    private static String codeOf(RuleSource.Block block) {
        return RuleSource.codeOnly(block.conditions());
    }

    /** Each name is looked up once: a failed lookup throws, and every edition classifies the same rules again. */
    private static Class<?> fact(String simpleName) {
        return FACT_TYPES.computeIfAbsent(simpleName, name -> {
            try {
                return Optional.of(Class.forName(FACTS + name, false, RuleGroup.class.getClassLoader()));
            } catch (ClassNotFoundException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }
}

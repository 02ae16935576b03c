package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LadoCase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a case against the published {@code lado-case/1} JSON Schema, then the few things a schema cannot say
 * (references between entries, dates in order). Every problem is collected, each with its field path; a case with
 * any problem is never evaluated. Messages point at entries by position, never by quoting a ref or a date.
 */
public final class CaseValidator {
    public static final String SCHEMA_RESOURCE = "/lado-rules/schemas/lado-case-1.schema.json";
    private static final SchemaValidator SCHEMA = SchemaValidator.load(SCHEMA_RESOURCE);

    /** Does nothing itself: calling it loads this class, and with it the schema, if that has not happened yet. */
    public static void loadSchema() {
    }

    /** The published schema, for the parts of the engine that read its structure (which facts may be unknown). */
    static JsonNode schemaTree() {
        return SCHEMA.tree();
    }

    /**
     * The case this thread's last {@link #toCase} returned, until {@link #check} is given it. A case is deeply
     * immutable (records, immutable lists, dates, enums and strings), so that very instance is still valid, and the
     * usual read-then-evaluate ({@code engine.evaluate(LadoCodec.readCase(text))}, a batch line) need not be validated
     * twice: the second check cost an eighth of a batch line. It holds at most one case per thread.
     */
    private static final ThreadLocal<LadoCase> JUST_READ = new ThreadLocal<>();

    private CaseValidator() {
    }

    /** Validates a case read from a document and returns it as the API model. */
    public static LadoCase toCase(JsonNode document) {
        JUST_READ.remove();
        LadoCase lado = SCHEMA.read(document, LadoCase.class, CaseValidator::crossCheck);
        JUST_READ.set(lado);
        return lado;
    }

    /** Validates a case built in code exactly as if it had been read from a file. */
    public static LadoCase check(LadoCase lado) {
        if (lado != null && lado == JUST_READ.get()) {
            JUST_READ.remove();
            return lado;
        }
        return SCHEMA.check(lado, CaseValidator::crossCheck);
    }

    private static List<Problem> crossCheck(LadoCase lado) {
        List<Problem> problems = new ArrayList<>();
        Set<String> subjects = uniqueRefs(lado.subjects().stream().map(LadoCase.Subject::ref).toList(), "subjects",
                problems);
        Set<String> children = uniqueRefs(lado.children().stream().map(LadoCase.Child::ref).toList(), "children",
                problems);
        Set<String> subjectsWithConcerns = new HashSet<>();
        for (int i = 0; i < lado.concerns().size(); i++) {
            LadoCase.Concern c = lado.concerns().get(i);
            String at = "concerns[" + i + "]";
            if (!subjects.contains(c.subject())) {
                problems.add(new Problem(at + ".subject", "is not the ref of any entry in subjects"));
            }
            subjectsWithConcerns.add(c.subject());
            for (int j = 0; j < c.children().size(); j++) {
                if (!children.contains(c.children().get(j))) {
                    problems.add(new Problem(at + ".children[" + j + "]", "is not the ref of any entry in children"));
                }
            }
            if (c.incidentDate() != null && c.incidentDate().isAfter(lado.referralDate())) {
                problems.add(new Problem(at + ".incidentDate", "is after referralDate; an incident comes before its"
                        + " referral"));
            }
        }
        for (int i = 0; i < lado.subjects().size(); i++) {
            var suspended = lado.subjects().get(i).suspendedOn();
            if (suspended != null && suspended.isBefore(lado.referralDate())) {
                problems.add(new Problem("subjects[" + i + "].suspendedOn", "is before referralDate; a suspension"
                        + " follows the concern reaching the employer or the designated officer"));
            }
            if (!subjectsWithConcerns.contains(lado.subjects().get(i).ref())) {
                problems.add(new Problem("subjects[" + i + "]", "has no concern; every subject needs at least one"
                        + " entry in concerns"));
            }
        }
        return problems;
    }

    private static Set<String> uniqueRefs(List<String> refs, String list, List<Problem> problems) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < refs.size(); i++) {
            Integer earlier = first.putIfAbsent(refs.get(i), i);
            if (earlier != null) {
                problems.add(new Problem(list + "[" + i + "].ref", "is the same as " + list + "[" + earlier
                        + "].ref; refs must be unique"));
            }
        }
        return first.keySet();
    }
}

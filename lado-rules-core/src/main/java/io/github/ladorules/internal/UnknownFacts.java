package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.LadoCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The facts of a case that are unknown (null or absent), found from the published schema: every property whose
 * type allows null. Each comes with the values worth trying (true and false; the smallest and largest number; the
 * latest and a much earlier date) and the question an officer would ask. Nothing here knows which facts matter to
 * the rules; {@link QuestionFinder} finds that out by evaluating.
 */
final class UnknownFacts {
    static final String QUESTIONS = "/lado-rules/schemas/lado-case-1.questions.yaml";
    private static final String EARLY_DATE = "1990-01-01";
    private static final int LARGE_COUNT = 99;
    private static final Map<String, Map<String, String>> WORDING = wording();
    private static final Plan PLAN = Plan.read(CaseValidator.schemaTree());

    private UnknownFacts() {
    }

    /** One unknown fact of one case: where it is, the values to try, and what to ask. */
    record Unknown(String path, String property, List<JsonNode> trials, String question) {
        /** The case with this fact answered. */
        LadoCase answered(JsonNode document, JsonNode value) {
            ObjectNode copy = document.deepCopy();
            ObjectNode target = locate(copy, path);
            target.set(property, value);
            try {
                return Json.JSON.treeToValue(copy, LadoCase.class);
            } catch (IOException e) {
                throw new IllegalStateException("an answered copy of a valid case could not be read", e);
            }
        }
    }

    /**
     * The unknown facts of a valid case, in document order, read from its records: the same list as
     * {@link #of(JsonNode, LadoCase)} on the case written as JSON, without writing it. The schema is read once into a
     * {@link Plan}; a record component is named as its property in the schema, as {@link AnsweredCase} also relies on.
     */
    static List<Unknown> of(LadoCase lado) {
        List<Unknown> unknowns = new ArrayList<>();
        String referralDate = lado.referralDate().toString();
        for (Plan.Top top : PLAN.tops()) {
            Object value = top.accessor() == null ? null : Plan.read(top.accessor(), lado);
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size(); i++) {
                    collect(unknowns, top.name() + "[" + i + "]", (Record) items.get(i), top.facts(), referralDate);
                }
            } else if (!top.array()) {
                collect(unknowns, top.name(), (Record) value, top.facts(), referralDate);
            }
        }
        return unknowns;
    }

    private static void collect(List<Unknown> unknowns, String path, Record object, List<Plan.Fact> facts,
                                String referralDate) {
        for (Plan.Fact fact : facts) {
            if (object == null || Plan.read(fact.accessor(), object) == null) {
                unknowns.add(new Unknown(path, fact.property(), fact.trials(referralDate), fact.question()));
            }
        }
    }

    /** The unknown facts of a valid case, in document order, found in the case written as JSON (the tests' oracle). */
    static List<Unknown> of(JsonNode document, LadoCase lado) {
        JsonNode schema = CaseValidator.schemaTree();
        List<Unknown> unknowns = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> top = it.next();
            JsonNode property = top.getValue();
            String ref = property.path("items").path("$ref").asText(property.path("$ref").asText(""));
            if (ref.isEmpty()) {
                continue;
            }
            String definition = ref.substring(ref.lastIndexOf('/') + 1);
            JsonNode definitionSchema = schema.path("$defs").path(definition);
            JsonNode value = document.path(top.getKey());
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    collect(unknowns, top.getKey() + "[" + i + "]", (ObjectNode) value.get(i), definition,
                            definitionSchema, lado);
                }
            } else if (!property.path("items").isObject()) {
                ObjectNode object = value.isObject() ? (ObjectNode) value : null;
                collect(unknowns, top.getKey(), object, definition, definitionSchema, lado);
            }
        }
        return unknowns;
    }

    private static void collect(List<Unknown> unknowns, String path, ObjectNode object, String definition,
                                JsonNode definitionSchema, LadoCase lado) {
        for (Iterator<Map.Entry<String, JsonNode>> it = definitionSchema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            List<JsonNode> trials = trials(p.getValue(), lado.referralDate());
            if (trials.isEmpty()) {
                continue;
            }
            JsonNode current = object == null ? null : object.get(p.getKey());
            if (current == null || current.isNull()) {
                String question = questionFor(definition, p.getKey());
                if (question == null) {
                    continue;
                }
                unknowns.add(new Unknown(path, p.getKey(), trials, question));
            }
        }
    }

    /** Values worth trying for a nullable scalar; none for anything else (an unknown list is simply empty). */
    private static List<JsonNode> trials(JsonNode propertySchema, LocalDate referralDate) {
        JsonNode type = propertySchema.path("type");
        if (!type.isArray() || !containsText(type, "null")) {
            return List.of();
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (containsText(type, "boolean")) {
            return List.of(f.booleanNode(true), f.booleanNode(false));
        }
        if (containsText(type, "integer")) {
            int min = propertySchema.path("minimum").asInt(0);
            int max = propertySchema.has("maximum") ? propertySchema.path("maximum").asInt() : min + LARGE_COUNT;
            return List.of(f.numberNode(min), f.numberNode(max));
        }
        if (containsText(type, "string") && "date".equals(propertySchema.path("format").asText())) {
            return List.of(f.textNode(referralDate.toString()), f.textNode(EARLY_DATE));
        }
        return List.of();
    }

    /** The question for a nullable fact, or null for one marked never asked (it only dates an action). */
    private static String questionFor(String definition, String property) {
        Map<String, String> wording = WORDING.getOrDefault(definition, Map.of());
        if (!wording.containsKey(property)) {
            throw new IllegalStateException(QUESTIONS + " has no question for " + definition + "." + property);
        }
        return wording.get(property);
    }

    private static boolean containsText(JsonNode array, String text) {
        for (JsonNode n : array) {
            if (text.equals(n.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The object at a path such as {@code concerns[2]} or {@code circumstances}, created if it is absent. */
    private static ObjectNode locate(ObjectNode document, String path) {
        ObjectPath at = ObjectPath.of(path);
        if (!at.inList()) {
            JsonNode node = document.get(path);
            return node != null && node.isObject() ? (ObjectNode) node : document.putObject(path);
        }
        return (ObjectNode) document.get(at.name()).get(at.index());
    }

    /**
     * The schema read once: each top-level property that holds objects, in schema order, with its nullable scalar
     * facts in schema order, the record accessor that reads each, its trials and its question.
     */
    private record Plan(List<Top> tops) {
        record Top(String name, boolean array, Method accessor, List<Fact> facts) {
        }

        /** A nullable fact; a date's trials depend on the case's referral date, the others are fixed. */
        record Fact(String property, Method accessor, List<JsonNode> fixedTrials, boolean date, String question) {
            List<JsonNode> trials(String referralDate) {
                return date ? List.of(JsonNodeFactory.instance.textNode(referralDate),
                        JsonNodeFactory.instance.textNode(EARLY_DATE)) : fixedTrials;
            }
        }

        static Plan read(JsonNode schema) {
            List<Top> tops = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> top = it.next();
                JsonNode property = top.getValue();
                String ref = property.path("items").path("$ref").asText(property.path("$ref").asText(""));
                if (ref.isEmpty()) {
                    continue;
                }
                String definition = ref.substring(ref.lastIndexOf('/') + 1);
                Method accessor = accessor(LadoCase.class, top.getKey());
                Class<?> type = property.has("items") ? elementType(accessor) : accessor.getReturnType();
                List<Fact> facts = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> f = schema.path("$defs").path(definition)
                        .path("properties").fields(); f.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = f.next();
                    boolean date = "date".equals(p.getValue().path("format").asText());
                    // The referral date only decides a date's trials, so any date stands in for it here.
                    List<JsonNode> trials = trials(p.getValue(), LocalDate.EPOCH);
                    if (trials.isEmpty()) {
                        continue;
                    }
                    String question = questionFor(definition, p.getKey());
                    if (question == null) {
                        continue;
                    }
                    facts.add(new Fact(p.getKey(), accessor(type, p.getKey()), trials, date, question));
                }
                tops.add(new Top(top.getKey(), property.path("items").isObject(), accessor, facts));
            }
            return new Plan(List.copyOf(tops));
        }

        private static Method accessor(Class<?> type, String property) {
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(property)) {
                    return component.getAccessor();
                }
            }
            throw new IllegalStateException(type.getName() + " has no component for the schema's " + property);
        }

        private static Class<?> elementType(Method listAccessor) {
            return (Class<?>) ((ParameterizedType) listAccessor.getGenericReturnType()).getActualTypeArguments()[0];
        }

        static Object read(Method accessor, Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("could not read " + accessor.getName(), e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, String>> wording() {
        try (InputStream in = UnknownFacts.class.getResourceAsStream(QUESTIONS)) {
            if (in == null) {
                throw new IllegalStateException(QUESTIONS + " is missing from the class path");
            }
            return Json.YAML.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Reproducible random {@code lado-case/1} documents drawn from the published schema: every enum value, every nullable
 * fact unknown about half the time, numbers near the small thresholds the rules use and at the schema's bounds, and
 * several adults sharing children, so the search for questions meets the cases where adults' parts overlap. The
 * same seed gives the same cases. Most are valid; the caller validates them as the engine would.
 */
final class GeneratedCases {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final JsonNode defs = CaseValidator.schemaTree().path("$defs");
    private final SplittableRandom random;
    private final LocalDate first;
    private final int days;

    GeneratedCases(long seed, LocalDate first, LocalDate last) {
        this.random = new SplittableRandom(seed);
        this.first = first;
        this.days = (int) (last.toEpochDay() - first.toEpochDay());
    }

    /** Referral dates from a catalogue's first edition to the end of 2026, so every edition is reached. */
    static GeneratedCases acrossEditions(long seed, EditionCatalogue catalogue) {
        return new GeneratedCases(seed, catalogue.editions().get(0).inForceFrom(), LocalDate.of(2026, 12, 31));
    }

    /**
     * The next {@code count} cases the engine accepts, with up to {@code maxAdults} adults and {@code maxConcerns}
     * concerns; a drawn case that breaks a cross-field check the schema cannot state is skipped, as the engine would
     * refuse it.
     */
    List<LadoCase> valid(int count, int maxAdults, int maxConcerns) {
        List<LadoCase> cases = new ArrayList<>();
        for (int number = 0; cases.size() < count; number++) {
            try {
                cases.add(CaseValidator.check(LadoCodec.readCase(next(number, maxAdults, maxConcerns).toString())));
            } catch (InvalidInputException e) {
                // refused before any rule runs
            }
        }
        return cases;
    }

    /** The next case, with up to {@code maxAdults} adults and {@code maxConcerns} concerns. */
    ObjectNode next(int number, int maxAdults, int maxConcerns) {
        LocalDate referral = first.plusDays(random.nextInt(days + 1));
        ObjectNode lado = F.objectNode();
        lado.put("schema", "lado-case/1");
        lado.put("caseRef", "GEN-" + number);
        lado.put("referralDate", referral.toString());
        int adults = 1 + random.nextInt(maxAdults);
        int children = random.nextInt(5);
        ArrayNode subjects = lado.putArray("subjects");
        for (int i = 0; i < adults; i++) {
            subjects.add(object("subject", "S" + i, referral, List.of(), null));
        }
        ArrayNode childList = lado.putArray("children");
        List<String> childRefs = new ArrayList<>();
        for (int i = 0; i < children; i++) {
            childRefs.add("C" + i);
            childList.add(object("child", "C" + i, referral, List.of(), null));
        }
        ArrayNode concerns = lado.putArray("concerns");
        int count = Math.max(adults, 1 + random.nextInt(maxConcerns));
        for (int i = 0; i < count; i++) {
            String subject = "S" + (i < adults ? i : random.nextInt(adults));
            concerns.add(object("concern", null, referral, childRefs, subject));
        }
        if (random.nextInt(4) > 0) {
            lado.set("circumstances", object("circumstances", null, referral, List.of(), null));
        }
        return lado;
    }

    private ObjectNode object(String definition, String ref, LocalDate referral, List<String> childRefs,
                              String subject) {
        ObjectNode object = F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = defs.path(definition).path("properties").fields();
             it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            switch (p.getKey()) {
                case "ref" -> object.put("ref", ref);
                case "subject" -> object.put("subject", subject);
                case "children" -> {
                    ArrayNode named = object.putArray("children");
                    childRefs.stream().filter(c -> random.nextInt(3) == 0).forEach(named::add);
                }
                // a suspension follows the referral; the engine refuses one dated before it
                case "suspendedOn" -> {
                    if (random.nextInt(3) == 0) {
                        object.put("suspendedOn", referral.plusDays(random.nextInt(10)).toString());
                    }
                }
                default -> {
                    JsonNode value = value(p.getValue(), referral);
                    if (value != null) {
                        object.set(p.getKey(), value);
                    }
                }
            }
        }
        return object;
    }

    /** A value for one property, or null (absent) for an unknown fact. */
    private JsonNode value(JsonNode schema, LocalDate referral) {
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        String types = schema.path("type").toString();
        boolean nullable = types.contains("null");
        if (nullable && random.nextBoolean()) {
            return random.nextInt(4) == 0 ? F.nullNode() : null;
        }
        if (types.contains("boolean")) {
            return F.booleanNode(random.nextBoolean());
        }
        if (types.contains("integer")) {
            int min = schema.path("minimum").asInt(0);
            int max = schema.path("maximum").asInt(min + 99);
            int pick = random.nextInt(10);
            return F.numberNode(pick == 0 ? min : pick == 1 ? max : Math.min(max, min + random.nextInt(8)));
        }
        if ("date".equals(schema.path("format").asText())) {
            return F.textNode(referral.minusDays(random.nextInt(4000)).toString());
        }
        return null;
    }
}

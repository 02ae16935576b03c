package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LadoCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks a case against the published {@code lado-case/1} JSON Schema, then the few things a schema cannot say
 * (references between entries, dates in order). Every problem is collected, each with its field path; a case with
 * any problem is never evaluated.
 */
public final class CaseValidator {
    public static final String SCHEMA_RESOURCE = "/lado-rules/schemas/lado-case-1.schema.json";
    private static final JsonNode SCHEMA_TREE;
    private static final JsonSchema SCHEMA;

    static {
        try (InputStream in = CaseValidator.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the lado-case/1 schema is missing from the class path");
            }
            SCHEMA_TREE = Json.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SCHEMA_TREE, config);
    }

    private CaseValidator() {
    }

    /** The published schema, for the parts of the engine that read its structure (which facts may be unknown). */
    static JsonNode schemaTree() {
        return SCHEMA_TREE;
    }

    /** Validates a case read from a document and returns it as the API model. */
    public static LadoCase toCase(JsonNode document) {
        List<Problem> problems = schemaProblems(document);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LadoCase lado;
        try {
            lado = Json.JSON.treeToValue(document, LadoCase.class);
        } catch (IOException e) {
            throw InvalidInputException.of("", "the case could not be read: " + e.getMessage());
        }
        List<Problem> crossProblems = crossCheck(lado);
        if (!crossProblems.isEmpty()) {
            throw new InvalidInputException(crossProblems);
        }
        return lado;
    }

    /** Validates a case built in code exactly as if it had been read from a file. */
    public static LadoCase check(LadoCase lado) {
        if (lado == null) {
            throw InvalidInputException.of("", "the case is missing");
        }
        return toCase(Json.JSON.valueToTree(lado));
    }

    private static List<Problem> schemaProblems(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            problems.add(problem(m));
        }
        problems.sort(Comparator.comparing(Problem::field).thenComparing(Problem::message));
        return problems.stream().distinct().toList();
    }

    private static Problem problem(ValidationMessage m) {
        String at = path(m.getInstanceLocation());
        String type = m.getType();
        switch (type) {
            case "required":
                return new Problem(join(at, m.getProperty()), "is required");
            case "additionalProperties":
                return new Problem(join(at, m.getProperty()), "is not a field here; allowed fields are "
                        + allowedFields(m.getSchemaLocation().getFragment().toString()));
            case "enum":
                return new Problem(at, "is " + m.getInstanceNode() + "; allowed values are "
                        + enumValues(m.getSchemaNode()));
            case "const":
                return new Problem(at, "must be " + m.getSchemaNode() + ", not " + m.getInstanceNode());
            case "format":
            case "pattern":
                if (at.endsWith("Date") || at.endsWith("incidentDate")) {
                    return new Problem(at, "is " + m.getInstanceNode() + "; expected a real date as yyyy-mm-dd");
                }
                return new Problem(at, "is " + m.getInstanceNode()
                        + "; expected letters, digits, '.', '_' or '-' (at most 40), an opaque reference, never a name");
            default:
                String message = m.getMessage();
                int colon = message.indexOf(": ");
                return new Problem(at, colon >= 0 ? message.substring(colon + 2) : message);
        }
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
                problems.add(new Problem(at + ".subject", "'" + c.subject() + "' is not a subject's ref; subjects are "
                        + new TreeSet<>(subjects)));
            }
            subjectsWithConcerns.add(c.subject());
            for (int j = 0; j < c.children().size(); j++) {
                if (!children.contains(c.children().get(j))) {
                    problems.add(new Problem(at + ".children[" + j + "]", "'" + c.children().get(j)
                            + "' is not a child's ref; children are " + new TreeSet<>(children)));
                }
            }
            if (c.incidentDate() != null && c.incidentDate().isAfter(lado.referralDate())) {
                problems.add(new Problem(at + ".incidentDate", c.incidentDate()
                        + " is after the referral date " + lado.referralDate() + "; an incident comes before its referral"));
            }
        }
        for (int i = 0; i < lado.subjects().size(); i++) {
            if (!subjectsWithConcerns.contains(lado.subjects().get(i).ref())) {
                problems.add(new Problem("subjects[" + i + "]", "subject '" + lado.subjects().get(i).ref()
                        + "' has no concern; every subject needs at least one entry in concerns"));
            }
        }
        return problems;
    }

    private static Set<String> uniqueRefs(List<String> refs, String list, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            if (!seen.add(refs.get(i))) {
                problems.add(new Problem(list + "[" + i + "].ref", "'" + refs.get(i) + "' is used twice; refs must be unique"));
            }
        }
        return seen;
    }

    /** A location as {@code subjects[0].role}, the form the rest of the library uses. */
    private static String path(JsonNodePath location) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(element);
            }
        }
        return path.toString();
    }

    private static String join(String at, String property) {
        return at.isEmpty() ? property : at + "." + property;
    }

    private static List<String> allowedFields(String additionalPropertiesPointer) {
        String parent = additionalPropertiesPointer.replaceFirst("/additionalProperties$", "");
        JsonNode node = SCHEMA_TREE.at(parent.isEmpty() ? "" : parent).path("properties");
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> enumValues(JsonNode schemaNode) {
        List<String> values = new ArrayList<>();
        if (schemaNode != null) {
            schemaNode.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}

package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.ladorules.InvalidInputException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Checks a document against one of the published JSON Schemas (draft 2020-12) and turns each failure into a
 * {@link Problem} a person can act on: the field path in the form the library uses everywhere
 * ({@code subjects[0].role}), and the allowed fields or values read from the schema itself, so the schema stays
 * the single source of truth for what a document may contain.
 */
public final class SchemaValidator {
    /** The pattern the schemas use for the host's opaque references. */
    private static final String REFERENCE_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    private static final String DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

    private final JsonNode schemaTree;
    private final JsonSchema schema;

    private SchemaValidator(JsonNode schemaTree) {
        this.schemaTree = schemaTree;
        // LEGACY paths ("$.subjects[0].role") are the ones this class turns into the library's field paths; the
        // validator's default is a JSON Pointer ("/subjects/0/role"), which no other message in the library uses.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.LEGACY).build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree, config);
    }

    /** Loads a schema from the class path (the published schemas travel in the jar under {@code /lado-rules/schemas}). */
    public static SchemaValidator fromResource(String resource) {
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the class path");
            }
            return new SchemaValidator(Json.JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema itself, for code that reads its structure. */
    JsonNode tree() {
        return schemaTree;
    }

    /** Every problem with the document, sorted by field then message, without repeats; empty when it is valid. */
    public List<Problem> problems(JsonNode document) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document)) {
            problems.add(problem(m));
        }
        problems.sort(Comparator.comparing(Problem::field).thenComparing(Problem::message));
        return problems.stream().distinct().toList();
    }

    private Problem problem(ValidationMessage m) {
        String at = path(m.getInstanceLocation().toString());
        switch (m.getType()) {
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
                return new Problem(at, "is " + m.getInstanceNode() + "; " + expected(m));
            default:
                String message = m.getMessage();
                int colon = message.indexOf(": ");
                return new Problem(at, colon >= 0 ? message.substring(colon + 2) : message);
        }
    }

    /** What a format or pattern wanted, said the way a person would say it for the patterns the schemas use. */
    private static String expected(ValidationMessage m) {
        String wanted = m.getSchemaNode() == null ? "" : m.getSchemaNode().asText();
        if (wanted.equals("date") || wanted.equals(DATE_PATTERN)) {
            return "expected a real date as yyyy-mm-dd";
        }
        if (wanted.equals(REFERENCE_PATTERN)) {
            return "expected letters, digits, '.', '_' or '-' (at most 40), an opaque reference, never a name";
        }
        return "expected text matching " + wanted;
    }

    /** "$.subjects[0].role" becomes "subjects[0].role", the form the rest of the library uses. */
    private static String path(String jsonPath) {
        if (jsonPath.equals("$")) {
            return "";
        }
        return jsonPath.startsWith("$.") ? jsonPath.substring(2) : jsonPath.replaceFirst("^\\$", "");
    }

    private static String join(String at, String property) {
        return at.isEmpty() ? property : at + "." + property;
    }

    private List<String> allowedFields(String additionalPropertiesPointer) {
        String parent = additionalPropertiesPointer.replaceFirst("/additionalProperties$", "");
        JsonNode node = schemaTree.at(parent.isEmpty() ? "" : parent).path("properties");
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

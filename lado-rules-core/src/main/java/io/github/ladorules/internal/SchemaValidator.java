package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * One published input schema, used to read documents into the API model: the schema first, then the checks a
 * schema cannot express. Every problem is collected with its field path ({@code subject.dateOfBirth}); an input with
 * any problem is rejected whole and never evaluated.
 *
 * <p>A problem names the field and what is allowed there, never the value found: the value may be a name, a date of
 * birth or free text that must not reach a log or an error report.
 */
public final class SchemaValidator {
    private final String title;
    private final JsonNode tree;
    private final JsonSchema schema;

    private SchemaValidator(String title, JsonNode tree, JsonSchema schema) {
        this.title = title;
        this.tree = tree;
        this.schema = schema;
    }

    /** Loads a schema shipped on the class path, for example {@code /lado-rules/schemas/lado-case-1.schema.json}. */
    public static SchemaValidator load(String resource) {
        JsonNode tree;
        try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema " + resource + " is missing from the class path");
            }
            tree = Json.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // JSON-path locations ("$.concerns[0].incidentDate"); the library's default is a JSON pointer.
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true)
                .pathType(PathType.JSON_PATH).build();
        return new SchemaValidator(tree.path("title").asText(resource), tree,
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(tree, config));
    }

    /**
     * Validates a document and returns it as the given type.
     *
     * @param crossCheck the problems the schema cannot see (dates in order, references between entries)
     * @throws InvalidInputException with every schema problem, or else every cross-check problem
     */
    <T> T read(JsonNode document, Class<T> type, Function<T, List<Problem>> crossCheck) {
        List<Problem> problems = problems(document);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        T value;
        try {
            value = Json.JSON.treeToValue(document, type);
        } catch (IOException e) {
            // Jackson's message quotes the offending value, which may be case content; the schema has already
            // checked every field, so this is a mismatch between the schema and the model.
            throw InvalidInputException.of("", "the " + title + " document could not be read as " + type.getSimpleName());
        }
        List<Problem> crossProblems = crossCheck.apply(value);
        if (!crossProblems.isEmpty()) {
            throw new InvalidInputException(crossProblems);
        }
        return value;
    }

    /** Validates a value built in code exactly as if it had been read from a file. */
    <T> T check(T value, Class<T> type, Function<T, List<Problem>> crossCheck) {
        if (value == null) {
            throw InvalidInputException.of("", "the " + title + " input is missing");
        }
        return read(Json.JSON.valueToTree(value), type, crossCheck);
    }

    /** The schema itself, for code that reads its structure (which facts may be unknown). */
    JsonNode tree() {
        return tree;
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
        String keyword = m.getSchemaLocation().getFragment().toString();
        switch (m.getType()) {
            case "required":
                return new Problem(join(at, m.getProperty()), "is required");
            case "additionalProperties":
                return new Problem(join(at, m.getProperty()), "is not a field here; allowed fields are "
                        + allowedFields(keyword));
            case "enum":
                return new Problem(at, "is not one of the allowed values " + enumValues(m.getSchemaNode()));
            case "const":
                return new Problem(at, "must be " + m.getSchemaNode());
            case "format":
            case "pattern":
                if (isDate(keyword)) {
                    return new Problem(at, "is not a real date as yyyy-mm-dd");
                }
                return new Problem(at, "must be letters, digits, '.', '_' or '-' (at most 40): an opaque reference, "
                        + "never a name");
            default:
                String message = m.getMessage();
                int colon = message.indexOf(": ");
                return new Problem(at, colon >= 0 ? message.substring(colon + 2) : message);
        }
    }

    /** Whether the keyword that failed belongs to a field the schema declares as a date. */
    private boolean isDate(String keywordPointer) {
        String field = keywordPointer.substring(0, Math.max(keywordPointer.lastIndexOf('/'), 0));
        return "date".equals(tree.at(field).path("format").asText());
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
        JsonNode node = tree.at(parent).path("properties");
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

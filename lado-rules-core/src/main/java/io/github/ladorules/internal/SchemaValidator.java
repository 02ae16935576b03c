package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.fasterxml.jackson.databind.JsonMappingException;
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
import java.util.regex.Pattern;

/**
 * One published input schema, used to read documents into the API model: the schema first, then the checks a
 * schema cannot express. Every problem is collected with its field path ({@code subject.dateOfBirth}); an input with
 * any problem is rejected whole and never evaluated.
 *
 * <p>Messages never repeat what the input holds: hosts log errors, and a rejected value may be a name, a date of
 * birth or free text typed in the wrong field. A message names the field and the rule broken; the only input it may
 * quote is a value shaped like a code ({@code "HEAD"} for a role), at most 40 characters, so a typo can be seen.
 */
public final class SchemaValidator {
    /** A value that looks like an enum code, which a message may quote. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    /** A key that looks like a field name, which a field path may show. */
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");
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
                .pathType(PathType.JSON_PATH).regularExpressionFactory(EcmaAnchoredRegex.INSTANCE).build();
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
        } catch (JsonMappingException e) {
            // The schema passed it, so the model cannot hold a value the schema allows: name the field, not the value.
            throw InvalidInputException.of(path(e), "is not a value the " + title + " model can hold");
        } catch (IOException e) {
            throw InvalidInputException.of("", "the " + title + " document could not be read");
        }
        List<Problem> crossProblems = crossCheck.apply(value);
        if (!crossProblems.isEmpty()) {
            throw new InvalidInputException(crossProblems);
        }
        return value;
    }

    /**
     * Validates a value built in code exactly as if it had been read from a file, and returns that very value. The
     * input models are deeply immutable records (their lists are copied on construction), so once valid a value stays
     * valid, and reading a second copy back from the JSON, as {@link #read} does, would only cost time.
     */
    <T> T check(T value, Function<T, List<Problem>> crossCheck) {
        if (value == null) {
            throw InvalidInputException.of("", "the " + title + " input is missing");
        }
        List<Problem> problems = problems(Json.JSON.valueToTree(value));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Problem> crossProblems = crossCheck.apply(value);
        if (!crossProblems.isEmpty()) {
            throw new InvalidInputException(crossProblems);
        }
        return value;
    }

    /** The schema itself, for code that reads its structure (which facts may be unknown). */
    JsonNode tree() {
        return tree;
    }

    /** Every problem with the document, sorted by field then message, without repeats; empty when it is valid. */
    public List<Problem> problems(JsonNode document) {
        return problems(document, true);
    }

    /**
     * Every problem with the document, as {@link #problems(JsonNode)}, but each message says only what was expected
     * and never repeats the value found: for documents such as case-system records, whose content must not reach a
     * log or a terminal.
     */
    public List<Problem> problemsWithoutValues(JsonNode document) {
        return problems(document, false);
    }

    private List<Problem> problems(JsonNode document, boolean showValues) {
        List<Problem> problems = new ArrayList<>();
        for (ValidationMessage m : schema.validate(document)) {
            problems.add(showValues ? problem(m) : problemWithoutValue(m));
        }
        problems.sort(Comparator.comparing(Problem::field).thenComparing(Problem::message));
        return problems.stream().distinct().toList();
    }

    private Problem problemWithoutValue(ValidationMessage m) {
        String at = path(m.getInstanceLocation().toString());
        String keyword = m.getSchemaLocation().getFragment().toString();
        switch (m.getType()) {
            case "required":
            case "additionalProperties":
                return problem(m);
            case "enum":
                return new Problem(at, "is not an allowed value; allowed values are " + enumValues(m.getSchemaNode()));
            case "const":
                return new Problem(at, "must be " + m.getSchemaNode());
            case "format":
            case "pattern":
                return new Problem(at, isDate(keyword) ? "expected a real date as yyyy-mm-dd"
                        : "expected letters, digits, '.', '_' or '-' (at most 40), an opaque reference, never a name");
            case "type":
                return new Problem(at, "has the wrong type; expected " + m.getSchemaNode());
            default:
                return new Problem(at, "breaks the schema rule '" + m.getType() + "'");
        }
    }

    private Problem problem(ValidationMessage m) {
        String at = path(m.getInstanceLocation().toString());
        String keyword = m.getSchemaLocation().getFragment().toString();
        switch (m.getType()) {
            case "required":
                return new Problem(join(at, m.getProperty()), "is required");
            case "additionalProperties":
                return new Problem(join(at, shownKey(m.getProperty())), "is not a field here; allowed fields are "
                        + allowedFields(keyword));
            case "enum":
                return new Problem(at, quotedIfCode(m.getInstanceNode()) + "allowed values are "
                        + enumValues(m.getSchemaNode()));
            case "const":
                return new Problem(at, "must be " + m.getSchemaNode());
            case "format":
            case "pattern":
                if (isDate(keyword)) {
                    return new Problem(at, "is not a real date as yyyy-mm-dd in the years 1900 to 2199");
                }
                return new Problem(at, "is not an opaque reference: expected letters, digits, '.', '_' or '-'"
                        + " (at most 40), never a name");
            default:
                String message = m.getMessage();
                int colon = message.indexOf(": ");
                return new Problem(at, colon >= 0 ? message.substring(colon + 2) : message);
        }
    }

    /** "is \"HEAD\"; " for a value shaped like a code, so a typo shows; "is not allowed; " for anything else. */
    private static String quotedIfCode(JsonNode value) {
        if (value != null && value.isTextual() && CODE.matcher(value.asText()).matches()) {
            return "is " + value + "; ";
        }
        return "is not an allowed value; ";
    }

    /** An unknown key, shown only when it looks like a field name: a key can be a name typed in the wrong place. */
    private static String shownKey(String key) {
        return key != null && FIELD_NAME.matcher(key).matches() ? key : "(a field whose name is not shown)";
    }

    /** The field path of a value the model could not hold, from Jackson's path (names and indexes). */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(shownKey(ref.getFieldName()));
            }
        }
        return path.toString();
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

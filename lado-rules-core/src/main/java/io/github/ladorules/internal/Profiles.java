package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LocalProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads and checks local profiles against the published {@code lado-profile/1} schema, which bounds every parameter:
 * a meeting due in two billion working days would fall outside any calendar, and a negative threshold means
 * nothing. A profile built in code gets the same checks as one read from a file. A {@code report:} section, if
 * present, belongs to the service-report module (bands and targets), which reads and checks it itself.
 */
public final class Profiles {
    /** The section of a profile that the lado-rules-report module reads. */
    public static final String REPORT_SECTION = "report";
    public static final String SCHEMA_RESOURCE = "/lado-rules/schemas/lado-profile-1.schema.json";
    private static final SchemaValidator SCHEMA = SchemaValidator.load(SCHEMA_RESOURCE);

    private Profiles() {
    }

    /** A profile file over the defaults: a parameter the file leaves out keeps its default. */
    public static LocalProfile read(Path file) {
        return of(withField(() -> Documents.read(file)));
    }

    /** A profile document (already read) over the defaults. */
    public static LocalProfile of(JsonNode node) {
        ObjectNode merged = Json.JSON.valueToTree(LocalProfile.DEFAULTS);
        if (node.isObject()) {
            merged.setAll((ObjectNode) node);
            merged.remove(REPORT_SECTION);
        }
        List<Problem> problems = SCHEMA.problems(node.isObject() ? merged : node);
        if (!problems.isEmpty()) {
            throw profileProblems(problems);
        }
        return Json.JSON.convertValue(merged, LocalProfile.class);
    }

    /** Checks a profile built in code. */
    public static LocalProfile check(LocalProfile profile) {
        List<Problem> problems = SCHEMA.problems(Json.JSON.valueToTree(profile));
        if (!problems.isEmpty()) {
            throw profileProblems(problems);
        }
        return profile;
    }

    private static JsonNode withField(java.util.function.Supplier<JsonNode> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            throw profileProblems(e.problems());
        }
    }

    /** Fields under "profile", so a message says which input was wrong. */
    private static InvalidInputException profileProblems(List<Problem> problems) {
        return new InvalidInputException(problems.stream()
                .map(p -> new Problem(p.field().isEmpty() ? "profile" : "profile." + p.field(), p.message()))
                .toList());
    }
}

package io.github.ladorules.testcases;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.internal.Documents;
import io.github.ladorules.internal.CaseValidator;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.Profiles;
import io.github.ladorules.internal.SchemaValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads {@code lado-test-case/1} files. The file is checked against its published schema first, so a misspelt key
 * is reported (with the keys allowed there) instead of being silently ignored, and then its {@code case} against
 * {@code lado-case/1}, exactly as the engine would check it.
 */
public final class TestCaseReader {
    public static final String SCHEMA_RESOURCE = "/lado-rules/schemas/lado-test-case-1.schema.json";
    private static final SchemaValidator SCHEMA = SchemaValidator.load(SCHEMA_RESOURCE);

    private TestCaseReader() {
    }

    /** @throws InvalidTestCaseException naming the file and each problem's field path */
    public static TestCase read(Path file) {
        JsonNode document;
        try {
            document = Documents.read(file);
        } catch (InvalidInputException e) {
            throw new InvalidTestCaseException(file, e.problems());
        }
        List<Problem> problems = SCHEMA.problems(document);
        if (!problems.isEmpty()) {
            throw new InvalidTestCaseException(file, problems);
        }
        Expectation expect = expectation(file, document.get("expect"));
        LadoCase lado;
        try {
            lado = CaseValidator.toCase(document.get("case"));
        } catch (InvalidInputException e) {
            throw new InvalidTestCaseException(file, e.problems().stream()
                    .map(p -> new Problem(p.field().isEmpty() ? "case" : "case." + p.field(), p.message()))
                    .toList());
        }
        return new TestCase(file, document.get("name").asText(), document.get("source").asText(),
                text(document, "edition"), document.path("pinned").asBoolean(false), text(document, "knownGap"),
                lado, expect, profile(file, document.get("profile")));
    }

    private static LocalProfile profile(Path file, JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return Profiles.of(node);
        } catch (InvalidInputException e) {
            throw new InvalidTestCaseException(file, e.problems());
        }
    }

    private static Expectation expectation(Path file, JsonNode node) {
        Expectation expect;
        try {
            expect = Json.JSON.treeToValue(node, Expectation.class);
        } catch (IOException e) {
            // The schema has already checked every key and value, so this means the schema and the records disagree.
            throw new IllegalStateException(file + ": expect passed the schema but could not be read: "
                    + e.getMessage(), e);
        }
        if (expect.expectsRejection() && node.size() > 1) {
            throw new InvalidTestCaseException(file, List.of(new Problem("expect.invalidInput",
                    "stands alone: a rejected case has no decision to compare, so leave out the other expectations")));
        }
        return expect;
    }

    private static String text(JsonNode document, String field) {
        JsonNode value = document.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

package io.github.ladorules.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON and YAML documents into trees for validation. A syntax error is reported with its line and column but
 * without the parser's own words, which quote the text around the error and so could repeat case content.
 */
public final class Documents {
    private Documents() {
    }

    /** A file: JSON when named {@code .json} (or, with another name, when it starts with '{'), YAML otherwise. */
    public static JsonNode read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("", "no such file: " + file);
        } catch (IOException e) {
            throw InvalidInputException.of("", "cannot read " + file + ": " + e.getClass().getSimpleName());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json") || (!name.endsWith(".yaml") && !name.endsWith(".yml") && looksLikeJson(text));
        return read(text, json);
    }

    /** Text in a known format. */
    public static JsonNode read(String text, boolean json) {
        ObjectMapper mapper = json ? Json.JSON : Json.YAML;
        try {
            return nonEmpty(mapper.readTree(text));
        } catch (JsonProcessingException e) {
            throw syntax(e, json);
        }
    }

    /** A stream in a known format, read to its end; the caller closes it and bounds its length. */
    public static JsonNode read(InputStream in, boolean json) {
        ObjectMapper mapper = json ? Json.JSON : Json.YAML;
        try {
            return nonEmpty(mapper.readTree(in));
        } catch (JsonProcessingException e) {
            throw syntax(e, json);
        } catch (IOException e) {
            throw InvalidInputException.of("", "the document could not be read: " + e.getClass().getSimpleName());
        }
    }

    /** A document already in memory as maps, lists, strings, numbers, booleans and dates. */
    public static JsonNode read(Map<String, ?> document) {
        if (document == null) {
            throw InvalidInputException.of("", "the document is missing");
        }
        try {
            return Json.JSON.valueToTree(document);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("", "the document holds a value that is not JSON data");
        }
    }

    public static boolean looksLikeJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    private static JsonNode nonEmpty(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            throw InvalidInputException.of("", "the document is empty");
        }
        return node;
    }

    private static InvalidInputException syntax(JsonProcessingException e, boolean json) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        return InvalidInputException.of("", "not valid " + (json ? "JSON" : "YAML") + where);
    }
}

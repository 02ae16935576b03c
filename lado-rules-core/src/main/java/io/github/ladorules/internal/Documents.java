package io.github.ladorules.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
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
        String text = InputText.read(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json") || (!name.endsWith(".yaml") && !name.endsWith(".yml") && looksLikeJson(text));
        return parse(text, json);
    }

    /** Text in a known format. */
    public static JsonNode read(String text, boolean json) {
        return parse(InputText.check(text, "the document"), json);
    }

    /** A stream in a known format, read to its end but never past the size limit; the caller closes it. */
    public static JsonNode read(InputStream in, boolean json) {
        try {
            return parse(InputText.decode(InputText.readBounded(in, "the document"), "the document"), json);
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

    /**
     * Exactly one document: a second YAML document (after {@code ---}) or a second JSON value is refused rather than
     * silently ignored. A syntax error is reported by line and column only: the parser's own message quotes the
     * text around the error, which may be case content.
     */
    private static JsonNode parse(String text, boolean json) {
        ObjectMapper mapper = json ? Json.JSON : Json.YAML;
        String format = json ? "JSON" : "YAML";
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode() || node.isNull()) {
                throw InvalidInputException.of("", "the document is empty");
            }
            if (parser.nextToken() != null) {
                throw InvalidInputException.of("", "holds more than one " + format + " document; an input is exactly"
                        + " one (remove everything after the first)");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw InvalidInputException.of("", "is not a " + format + " document this library reads: it is nested"
                    + " too deeply or holds a value that is too long");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw InvalidInputException.of("", "is not valid " + format + ": the syntax breaks" + where);
        } catch (IOException e) {
            throw InvalidInputException.of("", "is not valid " + format);
        }
    }
}

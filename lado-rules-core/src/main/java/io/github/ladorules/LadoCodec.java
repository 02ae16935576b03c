package io.github.ladorules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.internal.CaseValidator;
import io.github.ladorules.internal.InputText;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.OutcomeValidator;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads cases and outcome inputs and writes decisions, as JSON (for machines) or YAML (for people). Reading validates
 * against the published schema ({@code lado-case/1} or {@code lado-outcome/1}); an input that fails is rejected whole
 * with every problem named.
 *
 * <p>Every input is one UTF-8 document of at most {@link #MAX_INPUT_BYTES} bytes (a leading byte-order mark is
 * allowed and dropped). Problems name the field or the line and column, and never repeat the input's content.
 */
public final class LadoCodec {
    /** The largest input read, in bytes (1 MiB); a file is refused as soon as it passes this, while reading. */
    public static final int MAX_INPUT_BYTES = InputText.MAX_BYTES;
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON_LINE = Json.JSON.writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private LadoCodec() {
    }

    /** Reads a case from a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static LadoCase readCase(Path file) {
        return CaseValidator.toCase(readTree(file));
    }

    /** Reads a case from text: JSON if it starts with '{', YAML otherwise. */
    public static LadoCase readCase(String text) {
        return CaseValidator.toCase(parse(InputText.check(text, "the case")));
    }

    /** Reads a case from the bytes of a document (for example a request body): UTF-8, JSON or YAML. */
    public static LadoCase readCase(byte[] document) {
        return CaseValidator.toCase(parse(InputText.decode(document, "the case")));
    }

    /** Reads a finished investigation ({@code lado-outcome/1}) from a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static OutcomeCase readOutcome(Path file) {
        return OutcomeValidator.toOutcome(readTree(file));
    }

    /** Reads a finished investigation ({@code lado-outcome/1}) from text: JSON if it starts with '{', YAML otherwise. */
    public static OutcomeCase readOutcome(String text) {
        return OutcomeValidator.toOutcome(parse(InputText.check(text, "the outcome input")));
    }

    /** A document as a tree, for callers that read other formats (test cases, outcomes) the same way. */
    public static JsonNode readTree(Path file) {
        String text = InputText.read(file);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean json = name.endsWith(".json") || (!name.endsWith(".yaml") && !name.endsWith(".yml") && isJson(text));
        return parse(text, json ? Json.JSON : Json.YAML);
    }

    public static String toJson(Object value) {
        return write(Json.JSON, value);
    }

    /** One line of JSON with no line break, for JSON Lines output (the command line's {@code --batch}). */
    public static String toJsonLine(Object value) {
        try {
            return JSON_LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision could not be written: " + e.getOriginalMessage(), e);
        }
    }

    public static String toYaml(Object value) {
        return write(Json.YAML, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value) + (mapper == Json.JSON ? "\n" : "");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean isJson(String text) {
        return text.stripLeading().startsWith("{");
    }

    private static JsonNode parse(String text) {
        return parse(text, isJson(text) ? Json.JSON : Json.YAML);
    }

    /**
     * Exactly one document: a second YAML document (after {@code ---}) or a second JSON value is refused rather than
     * silently ignored. A syntax error is reported by line and column only: the parser's own message quotes the
     * text around the error, which may be case content.
     */
    private static JsonNode parse(String text, ObjectMapper mapper) {
        String format = mapper == Json.JSON ? "JSON" : "YAML";
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode node = mapper.readTree(parser);
            if (node == null || node.isMissingNode()) {
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

package io.github.ladorules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.internal.CaseValidator;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.OutcomeValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads cases and outcome inputs and writes decisions, as JSON (for machines) or YAML (for people). Reading validates
 * against the published schema ({@code lado-case/1} or {@code lado-outcome/1}); an input that fails is rejected whole
 * with every problem named.
 */
public final class LadoCodec {
    private LadoCodec() {
    }

    /** Reads a case from a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static LadoCase readCase(Path file) {
        return CaseValidator.toCase(readTree(file));
    }

    /** Reads a case from text: JSON if it starts with '{', YAML otherwise. */
    public static LadoCase readCase(String text) {
        return CaseValidator.toCase(parse(text, isJson(text) ? Json.JSON : Json.YAML));
    }

    /** Reads a finished investigation ({@code lado-outcome/1}) from a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static OutcomeCase readOutcome(Path file) {
        return OutcomeValidator.toOutcome(readTree(file));
    }

    /** Reads a finished investigation ({@code lado-outcome/1}) from text: JSON if it starts with '{', YAML otherwise. */
    public static OutcomeCase readOutcome(String text) {
        return OutcomeValidator.toOutcome(parse(text, isJson(text) ? Json.JSON : Json.YAML));
    }

    /** A document as a tree, for callers that read other formats (test cases, outcomes) the same way. */
    public static JsonNode readTree(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw InvalidInputException.of("", "no such file: " + file);
        } catch (IOException e) {
            throw InvalidInputException.of("", "cannot read " + file + ": " + e.getMessage());
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean json = name.endsWith(".json") || (!name.endsWith(".yaml") && !name.endsWith(".yml") && isJson(text));
        return parse(text, json ? Json.JSON : Json.YAML);
    }

    public static String toJson(Object value) {
        return write(Json.JSON, value);
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

    private static JsonNode parse(String text, ObjectMapper mapper) {
        try {
            JsonNode node = mapper.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw InvalidInputException.of("", "the document is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": ";
            throw InvalidInputException.of("", "not valid " + (mapper == Json.JSON ? "JSON" : "YAML") + ": " + where
                    + e.getOriginalMessage());
        }
    }
}

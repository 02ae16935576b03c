package io.github.ladorules;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ladorules.internal.CaseValidator;
import io.github.ladorules.internal.Documents;
import io.github.ladorules.internal.InputDigest;
import io.github.ladorules.internal.InputText;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.OutcomeValidator;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Reads cases and outcome inputs and writes decisions, as JSON (for machines) or YAML (for people). Reading validates
 * against the published schema ({@code lado-case/1} or {@code lado-outcome/1}); an input that fails is rejected whole
 * with every problem named by its field path. Problems never quote the value found, which may be case content.
 *
 * <p>Inputs can come from a file, a string, bytes, a stream or a map; no signature here uses a JSON library's types,
 * so a host is free to use any. Every input is one UTF-8 document of at most {@link #MAX_INPUT_BYTES} bytes (a
 * leading byte-order mark is allowed and dropped).
 */
public final class LadoCodec {
    /** The largest input read, in bytes (1 MiB); a file or stream is refused as soon as it passes this, while reading. */
    public static final int MAX_INPUT_BYTES = InputText.MAX_BYTES;
    private static final com.fasterxml.jackson.databind.ObjectWriter JSON_LINE = Json.JSON.writer()
            .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private LadoCodec() {
    }

    /** The two document formats. */
    public enum Format {
        JSON,
        YAML
    }

    /**
     * Loads the readers, the case schema ({@code lado-case/1}) and the writer of the digest every decision records of
     * its input ({@code inputSha256}) now, rather than on the first case read and decided, which would otherwise pay
     * for them: about a tenth of a second in a new JVM. A command or host that is starting up can call this on another
     * thread while it does other work. It reads nothing, and it is safe to call from any thread any number of times.
     */
    public static void prepareToReadCases() {
        CaseValidator.loadSchema();
        InputDigest.prepare(LadoCase.class);
    }

    /** As {@link #prepareToReadCases}, for finished investigations ({@code lado-outcome/1}). */
    public static void prepareToReadOutcomes() {
        OutcomeValidator.loadSchema();
        InputDigest.prepare(OutcomeCase.class);
    }

    /** Reads a case from a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static LadoCase readCase(Path file) {
        return CaseValidator.toCase(Documents.read(file));
    }

    /** Reads a case from text: JSON if it starts with '{', YAML otherwise. */
    public static LadoCase readCase(String text) {
        return readCase(text, sniff(text));
    }

    /** Reads a case from text in a known format. */
    public static LadoCase readCase(String text, Format format) {
        return CaseValidator.toCase(Documents.read(Objects.requireNonNull(text, "text"), isJson(format)));
    }

    /** Reads a case from a stream in a known format, to its end. The caller closes the stream. */
    public static LadoCase readCase(InputStream in, Format format) {
        return CaseValidator.toCase(Documents.read(Objects.requireNonNull(in, "in"), isJson(format)));
    }

    /** Reads a case from the bytes of a document (for example a request body): UTF-8, JSON or YAML. */
    public static LadoCase readCase(byte[] document) {
        return readCase(InputText.decode(document, "the case"));
    }

    /**
     * Reads a case from a document a host already holds as maps and lists (for example parsed by its own JSON
     * library). Dates may be ISO strings or {@link java.time.LocalDate}s.
     */
    public static LadoCase readCase(Map<String, ?> document) {
        return CaseValidator.toCase(Documents.read(document));
    }

    /** Reads a finished investigation ({@code lado-outcome/1}) from a {@code .json}, {@code .yaml} or {@code .yml} file. */
    public static OutcomeCase readOutcome(Path file) {
        return OutcomeValidator.toOutcome(Documents.read(file));
    }

    /** Reads a finished investigation ({@code lado-outcome/1}) from text: JSON if it starts with '{', YAML otherwise. */
    public static OutcomeCase readOutcome(String text) {
        return readOutcome(text, sniff(text));
    }

    /** Reads a finished investigation from text in a known format. */
    public static OutcomeCase readOutcome(String text, Format format) {
        return OutcomeValidator.toOutcome(Documents.read(Objects.requireNonNull(text, "text"), isJson(format)));
    }

    /** Reads a finished investigation from a stream in a known format, to its end. The caller closes the stream. */
    public static OutcomeCase readOutcome(InputStream in, Format format) {
        return OutcomeValidator.toOutcome(Documents.read(Objects.requireNonNull(in, "in"), isJson(format)));
    }

    /** Reads a finished investigation from a document held as maps and lists. */
    public static OutcomeCase readOutcome(Map<String, ?> document) {
        return OutcomeValidator.toOutcome(Documents.read(document));
    }

    /**
     * A document as a Jackson tree.
     *
     * @deprecated exposes a Jackson type, which ties hosts to this library's Jackson version; use
     *     {@link #readCase(Path)} or {@link #readOutcome(Path)}, or read the file with your own parser and pass a
     *     {@code Map}. To be removed in 1.0.
     */
    @Deprecated(since = "0.2.0", forRemoval = true)
    public static JsonNode readTree(Path file) {
        return Documents.read(file);
    }

    /** The value as JSON, pretty-printed with a final newline: byte-identical for equal values. */
    public static String toJson(Object value) {
        return write(Json.JSON, value) + "\n";
    }

    /** One line of JSON with no line break, for JSON Lines output (the command line's {@code --batch}). */
    public static String toJsonLine(Object value) {
        try {
            return JSON_LINE.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision could not be written: " + e.getOriginalMessage(), e);
        }
    }

    /** The value as YAML, for people. */
    public static String toYaml(Object value) {
        return write(Json.YAML, value);
    }

    private static String write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision could not be written: " + e.getOriginalMessage(), e);
        }
    }

    private static Format sniff(String text) {
        return Documents.looksLikeJson(Objects.requireNonNull(text, "text")) ? Format.JSON : Format.YAML;
    }

    private static boolean isJson(Format format) {
        return Objects.requireNonNull(format, "format") == Format.JSON;
    }
}

package io.github.ladorules.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.erdtman.jcs.JsonCanonicalizer;

/**
 * The {@code inputSha256} audit field: SHA-256 of the validated input written as canonical JSON (RFC 8785, JCS).
 *
 * <p>Unknown facts are left out rather than written as {@code null}, because the contract says absent and null
 * both mean "unknown": two documents that say the same thing hash the same, whichever way they spelt it. A host can
 * recompute the hash from a stored input with any JCS library, without keeping the input in the decision.
 */
public final class InputDigest {
    // Compact, nulls left out; JCS then fixes key order, number form and string escaping.
    private static final ObjectMapper WRITER = Json.JSON.copy()
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.INDENT_OUTPUT);

    /**
     * Writes the canonical form straight from the records: properties and map keys in String order (UTF-16 code
     * units, as RFC 8785 sorts them), nulls left out, no spaces, control characters escaped as the standard does. A
     * value this cannot write canonically (a fraction, an integer past 2^53, a lone surrogate) stops it, and the
     * input goes through the library instead.
     */
    private static final ObjectWriter CANONICAL = Json.configure(JsonMapper.builder()
                    .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .disable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
                    .build())
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .registerModule(new SimpleModule("canonical-json")
                    .addSerializer(String.class, new CanonicalString(false))
                    .addKeySerializer(String.class, new CanonicalString(true))
                    .addSerializer(Long.class, new CanonicalLong())
                    .addSerializer(Double.class, new NotCanonical<>(Double.class))
                    .addSerializer(Float.class, new NotCanonical<>(Float.class))
                    .addSerializer(BigDecimal.class, new NotCanonical<>(BigDecimal.class))
                    .addSerializer(BigInteger.class, new NotCanonical<>(BigInteger.class)))
            .writer()
            .with(new CanonicalEscapes());

    private InputDigest() {
    }

    /**
     * Makes the canonical writer of one kind of input now (Jackson builds a writer for a record type on its first
     * use, by reflection), and loads the SHA-256 implementation (the security providers load on first use), so that
     * the first digest of that kind does not pay for them.
     */
    public static void prepare(Class<?> inputType) {
        CANONICAL.forType(inputType);
        sha256Hex("");
    }

    /** The largest integer every JSON reader holds exactly (2^53), within which JCS writes an integer as digits. */
    private static final long EXACT = 1L << 53;

    /**
     * The canonical JSON of a validated input (a case or an outcome input). Inputs hold only objects, arrays, strings,
     * integers and booleans, which are written in their RFC 8785 form directly (the same bytes as the JCS library
     * gives, which the tests check on generated cases); anything else (a fraction, say) goes through the library,
     * which implements the standard's number form.
     */
    public static String canonicalJson(Object validInput) {
        try {
            return CANONICAL.writeValueAsString(validInput);
        } catch (JsonProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof LeftToTheLibrary) {
                    return viaLibrary(validInput);
                }
            }
            throw new IllegalStateException("a validated input could not be written as JSON", e);
        }
    }

    /** The canonical JSON as the JCS library writes it, from the input's compact JSON. */
    static String viaLibrary(Object validInput) {
        try {
            return new JsonCanonicalizer(WRITER.writeValueAsString(validInput)).getEncodedString();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated input could not be written as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hex SHA-256 of {@link #canonicalJson}'s UTF-8 bytes. */
    public static String sha256(Object validInput) {
        return sha256Hex(canonicalJson(validInput));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Stops the direct writer at a value whose canonical form it leaves to the library. */
    private static final class LeftToTheLibrary extends JsonMappingException {
        LeftToTheLibrary() {
            super(null, "left to the JCS library");
        }
    }

    /**
     * A string value or map key as RFC 8785 writes it; a lone surrogate is not Unicode text, so the library decides
     * what becomes of it.
     */
    private static final class CanonicalString extends StdSerializer<String> {
        private final boolean key;

        CanonicalString(boolean key) {
            super(String.class);
            this.key = key;
        }

        @Override
        public void serialize(String text, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (key) {
                out.writeFieldName(checked(text));
            } else {
                out.writeString(checked(text));
            }
        }
    }

    private static String checked(String text) throws LeftToTheLibrary {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(++i))) {
                    throw new LeftToTheLibrary();
                }
            }
        }
        return text;
    }

    /** An integer as digits, within the range JCS writes that way. */
    private static final class CanonicalLong extends StdSerializer<Long> {
        CanonicalLong() {
            super(Long.class);
        }

        @Override
        public void serialize(Long value, JsonGenerator out, SerializerProvider provider) throws IOException {
            if (Math.abs(value) > EXACT) {
                throw new LeftToTheLibrary();
            }
            out.writeNumber(value);
        }
    }

    /** A kind of number whose canonical form (the shortest double) the library writes. */
    private static final class NotCanonical<T> extends StdSerializer<T> {
        NotCanonical(Class<T> type) {
            super(type);
        }

        @Override
        public void serialize(T value, JsonGenerator out, SerializerProvider provider) throws IOException {
            throw new LeftToTheLibrary();
        }
    }

    /**
     * Control characters as RFC 8785 escapes them: the five with a short form (b, t, n, f, r) as Jackson already
     * writes them, the rest as six-character escapes with lower-case hex digits, where Jackson would use upper case.
     */
    private static final class CanonicalEscapes extends CharacterEscapes {
        private final int[] codes = standardAsciiEscapesForJSON();
        private final SerializedString[] controls = new SerializedString[0x20];

        CanonicalEscapes() {
            for (int c = 0; c < controls.length; c++) {
                if (codes[c] == ESCAPE_STANDARD) {
                    codes[c] = ESCAPE_CUSTOM;
                    controls[c] = new SerializedString(String.format("\\u%04x", c));
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return codes;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            return c < controls.length ? controls[c] : null;
        }
    }
}

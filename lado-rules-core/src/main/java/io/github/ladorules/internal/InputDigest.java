package io.github.ladorules.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
            .disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

    private InputDigest() {
    }

    /** The canonical JSON of a validated input (a case or an outcome input). */
    public static String canonicalJson(Object validInput) {
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
}

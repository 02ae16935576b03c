package io.github.ladorules.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
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

    /** The largest integer every JSON reader holds exactly (2^53), within which JCS writes an integer as digits. */
    private static final long EXACT = 1L << 53;

    /**
     * The canonical JSON of a validated input (a case or an outcome input). Inputs hold only objects, arrays, strings,
     * integers and booleans, which are written in their RFC 8785 form directly from the tree (the same bytes as the
     * JCS library gives, which the tests check on generated cases); anything else (a fraction, say) goes through the
     * library, which implements the standard's number form.
     */
    public static String canonicalJson(Object validInput) {
        JsonNode tree = WRITER.valueToTree(validInput);
        StringBuilder out = new StringBuilder(1024);
        if (write(tree, out)) {
            return out.toString();
        }
        return viaLibrary(validInput);
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

    /** Writes a node in its canonical form; false for a node this writer leaves to the library. */
    private static boolean write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                // Keys in UTF-16 code unit order, which is String's natural order.
                List<String> keys = new ArrayList<>();
                node.fieldNames().forEachRemaining(keys::add);
                Collections.sort(keys);
                out.append('{');
                for (int i = 0; i < keys.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!string(keys.get(i), out)) {
                        return false;
                    }
                    out.append(':');
                    if (!write(node.get(keys.get(i)), out)) {
                        return false;
                    }
                }
                out.append('}');
                return true;
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    if (!write(node.get(i), out)) {
                        return false;
                    }
                }
                out.append(']');
                return true;
            }
            case STRING -> {
                return string(node.textValue(), out);
            }
            case BOOLEAN -> {
                out.append(node.booleanValue());
                return true;
            }
            case NULL -> {
                out.append("null");
                return true;
            }
            case NUMBER -> {
                if (!node.isIntegralNumber() || !node.canConvertToLong()
                        || Math.abs(node.longValue()) > EXACT) {
                    return false;
                }
                out.append(node.longValue());
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * A string as RFC 8785 writes it: quote, backslash and control characters escaped, everything else as it is.
     * False for a lone surrogate, which is not Unicode text: the library decides what becomes of it.
     */
    private static boolean string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                out.append(c).append(text.charAt(++i));
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16))
                                .append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return true;
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

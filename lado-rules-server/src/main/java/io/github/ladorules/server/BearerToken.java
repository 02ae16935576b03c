package io.github.ladorules.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The shared secret a caller must present as {@code Authorization: Bearer TOKEN}. Only its SHA-256 is kept, and a
 * presented token is hashed and compared with {@link MessageDigest#isEqual}, which takes the same time wherever the
 * two differ; hashing first also hides the token's length.
 */
public final class BearerToken {
    /** Shorter secrets can be guessed; a service token should be random, for example {@code openssl rand -hex 32}. */
    public static final int MIN_LENGTH = 16;
    private static final String PREFIX = "Bearer ";
    private final byte[] digest;

    private BearerToken(byte[] digest) {
        this.digest = digest;
    }

    /** @throws IllegalArgumentException if the token is shorter than {@link #MIN_LENGTH} or holds white space */
    public static BearerToken of(String token) {
        String t = token == null ? "" : token.strip();
        if (t.length() < MIN_LENGTH || t.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a bearer token must be at least " + MIN_LENGTH
                    + " characters with no spaces");
        }
        return new BearerToken(sha256(t));
    }

    /** Whether an {@code Authorization} header value carries this token. */
    boolean admits(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        return MessageDigest.isEqual(digest, sha256(authorization.substring(PREFIX.length()).strip()));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "BearerToken[hidden]";
    }
}

package io.github.ladorules.server;

/** One thing wrong with the input: the field path (for example {@code subjects[0].role}) and what is allowed there. */
public record FieldError(String field, String message) {
}

package io.github.ladorules;

/** An unknown fact whose answer could change a result: the input field it names and the question to ask. */
public record Question(String field, String text) {
}

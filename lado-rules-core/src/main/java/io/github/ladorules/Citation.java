package io.github.ladorules;

/** Where a rule comes from: the document (with its edition year), the paragraph or section, and a URL. */
public record Citation(String document, String paragraph, String url) {
}

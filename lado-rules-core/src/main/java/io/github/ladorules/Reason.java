package io.github.ladorules;

/** Why: one per rule that contributed to a result, with the rule's stable id, plain-English text and citation. */
public record Reason(String rule, String text, Citation cite) {
}

package io.github.ladorules;

/** Which rules made a decision: enough to replay it byte for byte. */
public record EditionRef(String id, String version, String rulesSha256) {
}

package io.github.ladorules;

/** One rule of an edition, as a policy lead reads it: where it is, what it says and what it rests on. */
public record RuleInfo(String edition, String id, String name, String text, Citation cite, String file, int line) {
}

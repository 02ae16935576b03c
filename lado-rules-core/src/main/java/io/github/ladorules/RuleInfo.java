package io.github.ladorules;

import java.time.LocalDate;

/**
 * One rule of an edition, as a policy lead reads it: where it is, what it says and what it rests on. A rule has
 * the same {@code id} in every edition it belongs to; {@code inForceFrom} and {@code inForceUntil} (null where
 * open) are the period the rule itself states. {@code provision} is the idea it cites, and
 * {@code citationChecked} says whether that paragraph was confirmed against a full text of the edition's document.
 */
public record RuleInfo(String edition, String id, String name, String text, Citation cite, String file, int line,
                       String provision, boolean citationChecked, LocalDate inForceFrom, LocalDate inForceUntil) {
}

package io.github.ladorules.report;

/** The period's contacts by the officer's threshold decision. */
public record ThresholdSplit(int meets, int doesNotMeet, int undecided) {
}

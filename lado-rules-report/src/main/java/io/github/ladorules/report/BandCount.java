package io.github.ladorules.report;

/**
 * One band of the time from contact to conclusion: {@code UP_TO_<n>_DAYS}, {@code LONGER} or {@code OPEN} (not
 * concluded by the period's end), with its count and percentage of the referrals measured.
 */
public record BandCount(String band, int count, double percent) {
}

package io.github.ladorules.report;

/** How many records have one value ({@code key}) of a field, and their percentage of the figure's denominator. */
public record KeyCount(String key, int count, double percent) {
}

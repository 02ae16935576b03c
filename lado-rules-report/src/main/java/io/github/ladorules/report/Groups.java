package io.github.ladorules.report;

/** Group allegations among the period's contacts: distinct groups, and the adults (records) in them. */
public record Groups(int groups, int records) {
}

package io.github.ladorules.report;

/**
 * Records concluded in the period, by days from contact to conclusion: within {@code oneMonthDays} ("under one
 * month") and within {@code threeMonthsDays} ("under three months", which includes the first).
 */
public record Completion(int of, int underOneMonth, int underThreeMonths, double underOneMonthPercent,
                         double underThreeMonthsPercent, int oneMonthDays, int threeMonthsDays) {
}

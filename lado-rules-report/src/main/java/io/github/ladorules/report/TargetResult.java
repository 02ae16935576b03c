package io.github.ladorules.report;

/**
 * A local target checked against the period: the share wanted, the share achieved ({@code count} of {@code of}),
 * whether it was met, and by how many percentage points it was beaten (positive) or missed (negative).
 */
public record TargetResult(String id, Target.Measure measure, String description, double target, int count, int of,
                           double percent, boolean met, double byPoints) {
}

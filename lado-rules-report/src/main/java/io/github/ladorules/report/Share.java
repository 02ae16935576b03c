package io.github.ladorules.report;

/** {@code count} of {@code of}, and the percentage to one decimal place. */
public record Share(int count, int of, double percent) {
    static Share of(int count, int of) {
        return new Share(count, of, Percent.of(count, of));
    }
}

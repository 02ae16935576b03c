package io.github.ladorules.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as the report prints them: of a stated denominator, to one decimal place, halves rounded up. */
final class Percent {
    private Percent() {
    }

    static double of(long count, long of) {
        if (of == 0) {
            return 0.0;
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP).doubleValue();
    }

    /** A difference in percentage points, to one decimal place. */
    static double points(double a, double b) {
        return BigDecimal.valueOf(a).subtract(BigDecimal.valueOf(b)).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}

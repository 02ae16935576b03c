package io.github.ladorules.report;

import io.github.ladorules.LadoEngine;
import java.util.Objects;

/**
 * What to report: the period, the local profile, optionally a period to compare with, and optionally an engine to
 * audit threshold decisions with. Immutable; each {@code with} returns a copy.
 */
public record ReportOptions(ReportPeriod period, ReportProfile profile, ReportPeriod comparison, LadoEngine auditEngine) {
    public ReportOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(profile, "profile");
    }

    public static ReportOptions of(ReportPeriod period) {
        return new ReportOptions(period, ReportProfile.DEFAULTS, null, null);
    }

    public ReportOptions withProfile(ReportProfile p) {
        return new ReportOptions(period, p, comparison, auditEngine);
    }

    public ReportOptions withComparison(ReportPeriod p) {
        return new ReportOptions(period, profile, p, auditEngine);
    }

    /** Audit each threshold decision whose record carries its case, with this engine. */
    public ReportOptions withAudit(LadoEngine engine) {
        return new ReportOptions(period, profile, comparison, engine);
    }
}

package io.github.ladorules.report;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LocalProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The local parameters a report uses. The meeting timescales and the conclusion target come from the core
 * {@link LocalProfile}, the same numbers the decisions use; the bands and targets from the profile file's
 * {@code report:} section, each defaulting to the Dorset 2022/23 report's choice.
 *
 * <pre>{@code
 * initialEvaluationMeetingWorkingDays: 5
 * postAllegationMeetingDays: 28
 * conclusionDays: 28
 * report:
 *   conclusionBandsDays: [28, 56, 84, 182]
 *   completionDays: {underOneMonth: 30, underThreeMonths: 91}
 *   targets:
 *     - {id: iem-10-days, measure: INITIAL_EVALUATION_MEETING, withinDays: 10, days: CALENDAR, percent: 100}
 * }</pre>
 */
public record ReportProfile(
        int initialEvaluationMeetingWorkingDays,
        int postAllegationMeetingDays,
        List<Integer> conclusionBandsDays,
        int underOneMonthDays,
        int underThreeMonthsDays,
        List<Target> targets) {

    /** Dorset's target for 2023/24: every initial evaluation meeting within 10 days. */
    private static final Target DORSET_MEETING_TARGET = new Target("iem-within-10-days",
            Target.Measure.INITIAL_EVALUATION_MEETING, 10, Target.DayCount.CALENDAR, 100);
    /** Dorset's target for 2023/24: 85% of referrals concluded within the local conclusion days. */
    private static final double DORSET_CONCLUSION_PERCENT = 85;

    public static final ReportProfile DEFAULTS = of(LocalProfile.DEFAULTS);

    private static final Set<String> FIELDS = Set.of("conclusionBandsDays", "completionDays", "targets");

    public ReportProfile {
        conclusionBandsDays = List.copyOf(conclusionBandsDays);
        targets = List.copyOf(targets);
        for (int i = 1; i < conclusionBandsDays.size(); i++) {
            if (conclusionBandsDays.get(i) <= conclusionBandsDays.get(i - 1)) {
                throw InvalidInputException.of("report.conclusionBandsDays", "must be increasing whole numbers");
            }
        }
        if (conclusionBandsDays.isEmpty() || conclusionBandsDays.get(0) < 0) {
            throw InvalidInputException.of("report.conclusionBandsDays", "needs at least one band of zero days or more");
        }
        if (underThreeMonthsDays < underOneMonthDays) {
            throw InvalidInputException.of("report.completionDays", "underThreeMonths must be at least underOneMonth");
        }
        if (targets.stream().map(Target::id).distinct().count() != targets.size()) {
            throw InvalidInputException.of("report.targets", "each target needs its own id");
        }
    }

    /** The report's defaults over a core profile: its meeting days, and Dorset's targets with its conclusion days. */
    public static ReportProfile of(LocalProfile core) {
        return new ReportProfile(core.initialEvaluationMeetingWorkingDays(), core.postAllegationMeetingDays(),
                List.of(28, 56, 84, 182), 30, 91, defaultTargets(core));
    }

    private static List<Target> defaultTargets(LocalProfile core) {
        return List.of(DORSET_MEETING_TARGET, new Target("concluded-within-" + core.conclusionDays() + "-days",
                Target.Measure.CONCLUSION, core.conclusionDays(), Target.DayCount.CALENDAR, DORSET_CONCLUSION_PERCENT));
    }

    /** Reads a profile file: the core parameters, and the {@code report:} section over the defaults. */
    public static ReportProfile read(Path file) {
        LocalProfile core = LocalProfile.read(file);
        ReportProfile defaults = of(core);
        JsonNode report;
        try {
            report = Mappers.YAML.readTree(Files.readString(file)).path("report");
        } catch (IOException e) {
            throw InvalidInputException.of("profile", "cannot read " + file);
        }
        if (report.isMissingNode() || report.isNull()) {
            return defaults;
        }
        if (!report.isObject()) {
            throw InvalidInputException.of("report", "must be a mapping of report parameters");
        }
        for (Iterator<String> it = report.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw InvalidInputException.of("report." + name, "is not a report parameter; parameters are "
                        + FIELDS.stream().sorted().toList() + " (the meeting days and conclusion days are set once,"
                        + " at the top level of the profile, for decisions and reports alike)");
            }
        }
        return new ReportProfile(core.initialEvaluationMeetingWorkingDays(), core.postAllegationMeetingDays(),
                bands(report.path("conclusionBandsDays"), defaults),
                whole(report.path("completionDays"), "underOneMonth", defaults.underOneMonthDays),
                whole(report.path("completionDays"), "underThreeMonths", defaults.underThreeMonthsDays),
                targets(report.path("targets"), defaults));
    }

    private static int whole(JsonNode parent, String name, int fallback) {
        JsonNode n = parent.path(name);
        if (n.isMissingNode()) {
            return fallback;
        }
        if (!n.isIntegralNumber() || n.asInt() < 0) {
            throw InvalidInputException.of("report." + name, "must be a whole number of zero or more");
        }
        return n.asInt();
    }

    private static List<Integer> bands(JsonNode n, ReportProfile defaults) {
        if (n.isMissingNode()) {
            return defaults.conclusionBandsDays;
        }
        List<Integer> days = new ArrayList<>();
        if (!n.isArray()) {
            throw InvalidInputException.of("report.conclusionBandsDays", "must be a list of whole numbers of days");
        }
        n.forEach(d -> {
            if (!d.isIntegralNumber()) {
                throw InvalidInputException.of("report.conclusionBandsDays", "must be a list of whole numbers of days");
            }
            days.add(d.asInt());
        });
        return days;
    }

    private static List<Target> targets(JsonNode n, ReportProfile defaults) {
        if (n.isMissingNode()) {
            return defaults.targets;
        }
        if (!n.isArray()) {
            throw InvalidInputException.of("report.targets", "must be a list of targets");
        }
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) {
            try {
                targets.add(Mappers.JSON.treeToValue(n.get(i), Target.class));
            } catch (IOException | IllegalArgumentException e) {
                throw InvalidInputException.of("report.targets[" + i + "]", "needs id, measure "
                        + List.of(Target.Measure.values()) + ", withinDays, days " + List.of(Target.DayCount.values())
                        + " and percent");
            }
        }
        return targets;
    }
}

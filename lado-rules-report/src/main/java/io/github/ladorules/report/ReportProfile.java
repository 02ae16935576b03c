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
 * The local parameters a report uses. The initial evaluation meeting days come from the core {@link LocalProfile};
 * the rest from the profile file's {@code report:} section, each defaulting to the Dorset 2022/23 report's choice.
 *
 * <pre>{@code
 * initialEvaluationMeetingWorkingDays: 5
 * report:
 *   postAllegationMeetingDays: 28
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

    /** Dorset's targets for 2023/24: every initial evaluation meeting within 10 days; 85% concluded within 28. */
    public static final List<Target> DORSET_TARGETS = List.of(
            new Target("iem-within-10-days", Target.Measure.INITIAL_EVALUATION_MEETING, 10, Target.DayCount.CALENDAR,
                    100),
            new Target("concluded-within-28-days", Target.Measure.CONCLUSION, 28, Target.DayCount.CALENDAR, 85));

    public static final ReportProfile DEFAULTS = new ReportProfile(
            LocalProfile.DEFAULTS.initialEvaluationMeetingWorkingDays(), 28, List.of(28, 56, 84, 182), 30, 91,
            DORSET_TARGETS);

    private static final Set<String> FIELDS = Set.of(
            "postAllegationMeetingDays", "conclusionBandsDays", "completionDays", "targets");

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

    /** Reads a profile file: the core parameters, and the {@code report:} section over the defaults. */
    public static ReportProfile read(Path file) {
        LocalProfile core = LocalProfile.read(file);
        JsonNode report;
        try {
            report = Mappers.YAML.readTree(Files.readString(file)).path("report");
        } catch (IOException e) {
            throw InvalidInputException.of("profile", "cannot read " + file);
        }
        if (report.isMissingNode() || report.isNull()) {
            return DEFAULTS.withMeetingDays(core.initialEvaluationMeetingWorkingDays());
        }
        if (!report.isObject()) {
            throw InvalidInputException.of("report", "must be a mapping of report parameters");
        }
        for (Iterator<String> it = report.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                throw InvalidInputException.of("report." + name, "is not a report parameter; parameters are "
                        + FIELDS.stream().sorted().toList());
            }
        }
        return new ReportProfile(core.initialEvaluationMeetingWorkingDays(),
                whole(report, "postAllegationMeetingDays", DEFAULTS.postAllegationMeetingDays),
                bands(report.path("conclusionBandsDays")),
                whole(report.path("completionDays"), "underOneMonth", DEFAULTS.underOneMonthDays),
                whole(report.path("completionDays"), "underThreeMonths", DEFAULTS.underThreeMonthsDays),
                targets(report.path("targets")));
    }

    ReportProfile withMeetingDays(int workingDays) {
        return new ReportProfile(workingDays, postAllegationMeetingDays, conclusionBandsDays, underOneMonthDays,
                underThreeMonthsDays, targets);
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

    private static List<Integer> bands(JsonNode n) {
        if (n.isMissingNode()) {
            return DEFAULTS.conclusionBandsDays;
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

    private static List<Target> targets(JsonNode n) {
        if (n.isMissingNode()) {
            return DEFAULTS.targets;
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

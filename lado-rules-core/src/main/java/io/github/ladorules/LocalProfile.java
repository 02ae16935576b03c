package io.github.ladorules;

import io.github.ladorules.internal.Profiles;
import java.nio.file.Path;

/**
 * A local authority's parameters. Hosts may supply their own (a YAML file read with {@link #read(Path)});
 * otherwise the defaults below apply. The bounds of each are in the published {@code lado-profile/1} schema
 * ({@code schemas/lado-profile-1.schema.json}); the engine builder checks a profile against it.
 *
 * @param initialEvaluationMeetingWorkingDays the initial evaluation meeting is due this many working days after
 *        the referral date (default 5, the National LADO Network minimum standard)
 * @param informLadoWorkingDays the designated officer is to be told within this many working days (default 1)
 * @param lowLevelConcernPatternThreshold this many earlier low-level concerns about the same adult make a pattern
 *        (default 3)
 */
public record LocalProfile(
        int initialEvaluationMeetingWorkingDays,
        int informLadoWorkingDays,
        int lowLevelConcernPatternThreshold) {

    public static final LocalProfile DEFAULTS = new LocalProfile(5, 1, 3);

    public LocalProfile {
        requirePositive(initialEvaluationMeetingWorkingDays, "initialEvaluationMeetingWorkingDays");
        requirePositive(informLadoWorkingDays, "informLadoWorkingDays");
        requirePositive(lowLevelConcernPatternThreshold, "lowLevelConcernPatternThreshold");
    }

    /** Reads a profile; a parameter the file leaves out keeps its default. */
    public static LocalProfile read(Path file) {
        return Profiles.read(file);
    }

    private static void requirePositive(int value, String name) {
        if (value < 1) {
            throw InvalidInputException.of(name, "must be a whole number of at least 1, not " + value);
        }
    }
}

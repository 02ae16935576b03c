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
 * @param postAllegationMeetingDays the meeting that agrees the outcome is due this many calendar days after the
 *        referral date (default 28, the Dorset LADO service's timescale); the service report measures against it
 * @param conclusionDays the service aims to conclude a referral within this many calendar days of the referral
 *        date (default 28, Dorset's target, which it expects most cases, not all, to meet)
 * @param crossBorderLead whose designated officer leads for a child placed across a local authority border (default
 *        {@link CrossBorderLead#HOST_AUTHORITY}; both are told either way)
 */
public record LocalProfile(
        int initialEvaluationMeetingWorkingDays,
        int informLadoWorkingDays,
        int lowLevelConcernPatternThreshold,
        int postAllegationMeetingDays,
        int conclusionDays,
        CrossBorderLead crossBorderLead) {

    public static final LocalProfile DEFAULTS = new LocalProfile(5, 1, 3, 28, 28, CrossBorderLead.HOST_AUTHORITY);

    public LocalProfile {
        requirePositive(initialEvaluationMeetingWorkingDays, "initialEvaluationMeetingWorkingDays");
        requirePositive(informLadoWorkingDays, "informLadoWorkingDays");
        requirePositive(lowLevelConcernPatternThreshold, "lowLevelConcernPatternThreshold");
        requirePositive(postAllegationMeetingDays, "postAllegationMeetingDays");
        requirePositive(conclusionDays, "conclusionDays");
        if (crossBorderLead == null) {
            throw InvalidInputException.of("crossBorderLead", "must be one of "
                    + java.util.List.of(CrossBorderLead.values()));
        }
    }

    /** The three parameters of profiles before 0.2.0; the later ones keep their defaults. */
    public LocalProfile(int initialEvaluationMeetingWorkingDays, int informLadoWorkingDays,
                        int lowLevelConcernPatternThreshold) {
        this(initialEvaluationMeetingWorkingDays, informLadoWorkingDays, lowLevelConcernPatternThreshold,
                DEFAULTS.postAllegationMeetingDays, DEFAULTS.conclusionDays, DEFAULTS.crossBorderLead);
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

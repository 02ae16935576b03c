package io.github.ladorules.report;

import java.util.List;

/** Meetings held on time, and how long LADO involvement took. */
public record Timeliness(
        InitialEvaluationMeetings initialEvaluationMeeting,
        PostAllegationMeetings postAllegationMeeting,
        List<BandCount> timeToConclusion,
        int timeToConclusionOf,
        Completion completion) {

    public Timeliness {
        timeToConclusion = List.copyOf(timeToConclusion);
    }
}

package io.github.ladorules.report;

/** The main figures for one quarter of the period (the last may be shorter). */
public record QuarterFigures(
        String quarter,
        ReportPeriod period,
        int contacts,
        int referrals,
        int concluded,
        InitialEvaluationMeetings initialEvaluationMeeting,
        PostAllegationMeetings postAllegationMeeting) {
}

package io.github.ladorules.report;

/** Referrals whose initial evaluation meeting was held within {@code withinWorkingDays} working days of referral. */
public record InitialEvaluationMeetings(int withinWorkingDays, int onTime, int of, double percent) {
}

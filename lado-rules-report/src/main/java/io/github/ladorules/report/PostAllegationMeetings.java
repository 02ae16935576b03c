package io.github.ladorules.report;

/** Referrals whose post-allegation meeting was held within {@code withinDays} calendar days of referral. */
public record PostAllegationMeetings(int withinDays, int onTime, int of, double percent) {
}

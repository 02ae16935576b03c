package io.github.ladorules.facts;

import io.github.ladorules.ActionCode;
import java.time.LocalDate;
import org.kie.api.runtime.rule.RuleContext;

/**
 * An action for one adult or, with no adult, for the whole case; optionally due by a date the rule states as a
 * number of days after the referral date, or after another date of the case: working days on the England and Wales
 * calendar ("within N working days of D" is the Nth working day after D), or calendar days where a local timescale
 * counts them so.
 */
public final class Act extends Finding {
    private final ActionCode code;
    private final Integer workingDays;
    private final Integer calendarDays;
    private final LocalDate from;

    public Act(RuleContext kcontext, Subject subject, ActionCode code) {
        this(kcontext, subject, code, null, null, null);
    }

    /** An action for the whole case, not for one adult. */
    public Act(RuleContext kcontext, ActionCode code) {
        this(kcontext, null, code, null, null, null);
    }

    private Act(RuleContext kcontext, Subject subject, ActionCode code, Integer workingDays, Integer calendarDays,
                LocalDate from) {
        super(kcontext, subject);
        if ((workingDays != null && workingDays < 0) || (calendarDays != null && calendarDays < 0)) {
            throw new IllegalArgumentException("a number of days must not be negative");
        }
        this.code = code;
        this.workingDays = workingDays;
        this.calendarDays = calendarDays;
        this.from = from;
    }

    /** The same action, due within this many working days of the referral date. */
    public static Act dueWithin(RuleContext kcontext, Subject subject, ActionCode code, int workingDays) {
        return new Act(kcontext, subject, code, workingDays, null, null);
    }

    /** The same action, due within this many working days of another date of the case. */
    public static Act dueWithinWorkingDaysOf(RuleContext kcontext, Subject subject, ActionCode code, int workingDays,
                                             LocalDate from) {
        return new Act(kcontext, subject, code, workingDays, null, from);
    }

    /** The same action, due within this many calendar days of the referral date. */
    public static Act dueWithinCalendarDays(RuleContext kcontext, Subject subject, ActionCode code, int days) {
        return new Act(kcontext, subject, code, null, days, null);
    }

    public ActionCode getCode() { return code; }
    public Integer getWorkingDays() { return workingDays; }
    public Integer getCalendarDays() { return calendarDays; }
    /** The date the days count from; null for the referral date. */
    public LocalDate getFrom() { return from; }
}

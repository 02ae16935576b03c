package io.github.ladorules.facts;

/** The local authority's parameters the rules may use (from the host's profile, or the documented defaults). */
public final class LocalParameters {
    private final int initialEvaluationMeetingWorkingDays;
    private final int informLadoWorkingDays;
    private final int lowLevelConcernPatternThreshold;

    public LocalParameters(int initialEvaluationMeetingWorkingDays, int informLadoWorkingDays,
                           int lowLevelConcernPatternThreshold) {
        this.initialEvaluationMeetingWorkingDays = initialEvaluationMeetingWorkingDays;
        this.informLadoWorkingDays = informLadoWorkingDays;
        this.lowLevelConcernPatternThreshold = lowLevelConcernPatternThreshold;
    }

    public int getInitialEvaluationMeetingWorkingDays() { return initialEvaluationMeetingWorkingDays; }
    public int getInformLadoWorkingDays() { return informLadoWorkingDays; }
    public int getLowLevelConcernPatternThreshold() { return lowLevelConcernPatternThreshold; }
}

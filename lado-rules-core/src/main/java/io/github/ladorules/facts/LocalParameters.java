package io.github.ladorules.facts;

import io.github.ladorules.CrossBorderLead;
import io.github.ladorules.LocalProfile;

/** The local authority's parameters the rules may use (from the host's profile, or the documented defaults). */
public final class LocalParameters {
    private final LocalProfile profile;

    public LocalParameters(LocalProfile profile) {
        this.profile = profile;
    }

    public int getInitialEvaluationMeetingWorkingDays() { return profile.initialEvaluationMeetingWorkingDays(); }
    public int getInformLadoWorkingDays() { return profile.informLadoWorkingDays(); }
    public int getLowLevelConcernPatternThreshold() { return profile.lowLevelConcernPatternThreshold(); }
    public int getPostAllegationMeetingDays() { return profile.postAllegationMeetingDays(); }
    public int getConclusionDays() { return profile.conclusionDays(); }
    public CrossBorderLead getCrossBorderLead() { return profile.crossBorderLead(); }
}

package io.github.ladorules.benchmarks;

import io.github.ladorules.LadoCase;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick every benchmark is divided by: the core of a simple decision in plain Java (look up each concern's
 * tier, apply two modifiers, take each adult's highest tier). It is not the rules and decides nothing anyone reads;
 * it exists only so that results on a shared, noisy machine can be given as ratios measured in the same run.
 */
final class PlainJavaBaseline {
    private static final Map<String, Integer> TIERS = new HashMap<>(Map.of("PHY_ASSAULT", 4, "PHY_ROUGH_HANDLING",
            3, "PHY_RESTRAINT_UNAUTHORISED", 4, "LLC_OVER_FRIENDLY", 2, "LLC_FAVOURITISM", 2, "EMO_PERSISTENT", 4,
            "NEG_SUPERVISION", 3, "CONDUCT_OTHER", 1, "SEX_CONTACT", 5, "TR_DOMESTIC_ABUSE", 3));

    private PlainJavaBaseline() {
    }

    static int[] highestTiers(LadoCase lado) {
        List<LadoCase.Subject> subjects = lado.subjects();
        int[] highest = new int[subjects.size()];
        for (LadoCase.Concern c : lado.concerns()) {
            int adult = 0;
            while (!subjects.get(adult).ref().equals(c.subject())) {
                adult++;
            }
            int tier = TIERS.getOrDefault(c.indicator(), 1);
            if (Boolean.TRUE.equals(c.injury())) {
                tier = 5;
            }
            Integer prior = subjects.get(adult).priorLowLevelConcerns();
            if (tier == 2 && prior != null && prior >= 3) {
                tier = 3;
            }
            highest[adult] = Math.max(highest[adult], tier);
        }
        return highest;
    }
}

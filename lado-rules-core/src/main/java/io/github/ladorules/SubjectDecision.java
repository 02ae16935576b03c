package io.github.ladorules;

import java.util.List;

/** The result for one adult. */
public record SubjectDecision(
        String ref,
        Recommendation recommendation,
        int tier,
        List<Criterion> criteria,
        boolean transferableRisk,
        Route route,
        List<Action> actions,
        List<Reason> reasons,
        List<Question> questions) {

    public SubjectDecision {
        criteria = List.copyOf(criteria);
        actions = List.copyOf(actions);
        reasons = List.copyOf(reasons);
        questions = List.copyOf(questions);
    }
}

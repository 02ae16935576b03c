package io.github.ladorules.testcases;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ladorules.ActionCode;
import io.github.ladorules.Criterion;
import io.github.ladorules.Recommendation;
import io.github.ladorules.Route;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What the decision should say about one adult. Null means "not checked"; sets are compared exactly, except
 * {@code reasonsInclude}, whose ids must be among the reasons with others allowed.
 */
public record SubjectExpectation(
        @JsonProperty("recommendation") Recommendation recommendation,
        @JsonProperty("tier") Integer tier,
        @JsonProperty("criteria") Set<Criterion> criteria,
        @JsonProperty("transferableRisk") Boolean transferableRisk,
        @JsonProperty("route") Route route,
        @JsonProperty("actions") Set<ActionCode> actions,
        @JsonProperty("due") Map<ActionCode, LocalDate> due,
        @JsonProperty("reasons") Set<String> reasons,
        @JsonProperty("reasonsInclude") Set<String> reasonsInclude,
        @JsonProperty("questions") Set<String> questions) {

    public SubjectExpectation {
        criteria = criteria == null ? null : Set.copyOf(criteria);
        actions = actions == null ? null : Set.copyOf(actions);
        due = due == null ? null : Map.copyOf(due);
        reasons = reasons == null ? null : Set.copyOf(reasons);
        reasonsInclude = reasonsInclude == null ? null : Set.copyOf(reasonsInclude);
        questions = questions == null ? null : Set.copyOf(questions);
    }
}

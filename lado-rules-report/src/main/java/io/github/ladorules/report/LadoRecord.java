package io.github.ladorules.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ladorules.LadoCase;
import io.github.ladorules.Outcome;
import java.time.LocalDate;
import java.util.List;

/**
 * One adult in one contact with the designated officer: the {@code lado-record/1} a case system exports. Several
 * adults in one contact share a {@code groupRef}. It holds no names, only the host's opaque references; a
 * {@code null} field was not recorded or has not happened yet. {@code decidedCase} is the {@code lado-case/1} the
 * officer decided on ({@code case} in the file), present only where the host keeps it, for the decision audit.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LadoRecord(
        String schema,
        String recordRef,
        LocalDate contactDate,
        Referrer referrer,
        Sector sector,
        Category category,
        ThresholdDecision thresholdDecision,
        LocalDate referralDate,
        LocalDate initialEvaluationMeetingDate,
        LocalDate postAllegationMeetingDate,
        Outcome outcome,
        LocalDate outcomeDate,
        List<EmployerAction> employerActions,
        String groupRef,
        LocalDate subjectDateOfBirth,
        @JsonProperty("case") LadoCase decidedCase) {

    public static final String SCHEMA = "lado-record/1";

    public LadoRecord {
        employerActions = employerActions == null ? List.of() : List.copyOf(employerActions);
    }
}

package io.github.ladorules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LadoCase;
import io.github.ladorules.internal.CaseValidator;
import io.github.ladorules.internal.SchemaValidator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks one record against the published {@code lado-record/1} schema (and its {@code case} against
 * {@code lado-case/1}), then the order of its dates. Problems name the field and what was expected, never the value.
 */
final class RecordValidator {
    static final String SCHEMA_RESOURCE = "/lado-rules/schemas/lado-record-1.schema.json";
    private static final SchemaValidator RECORD = SchemaValidator.load(SCHEMA_RESOURCE);
    private static final SchemaValidator CASE = SchemaValidator.load(CaseValidator.SCHEMA_RESOURCE);

    private RecordValidator() {
    }

    /** The record, or the problems that stop it being read. */
    static Result validate(JsonNode node) {
        if (!node.isObject()) {
            return Result.bad(List.of(new Problem("", "a record must be an object of fields")));
        }
        List<Problem> problems = new ArrayList<>(RECORD.problemsWithoutValues(node));
        if (node.path("outcome").isBoolean()) {
            problems.add(new Problem("outcome", "is a yes/no value; in YAML write the outcome FALSE in quotes"
                    + " (\"FALSE\"), or YAML reads it as the boolean false"));
        }
        JsonNode caseNode = node.path("case");
        boolean hasCase = !caseNode.isMissingNode() && !caseNode.isNull();
        if (hasCase && caseNode.isObject()) {
            CASE.problemsWithoutValues(caseNode).forEach(p -> problems.add(
                    new Problem(p.field().isEmpty() ? "case" : "case." + p.field(), p.message())));
        }
        if (!problems.isEmpty()) {
            return Result.bad(problems);
        }
        LadoCase decided = null;
        if (hasCase) {
            try {
                decided = CaseValidator.toCase(caseNode);
            } catch (InvalidInputException e) {
                // The case's own cross-checks quote its references; keep only the field.
                e.problems().forEach(p -> problems.add(new Problem("case." + p.field(),
                        "does not agree with the rest of the case (a reference to a missing entry, or dates out of order)")));
                return Result.bad(problems);
            }
        }
        ObjectNode withoutCase = ((ObjectNode) node).deepCopy();
        withoutCase.remove("case");
        LadoRecord r;
        try {
            r = Mappers.JSON.treeToValue(withoutCase, LadoRecord.class);
        } catch (IOException e) {
            return Result.bad(List.of(new Problem("", "could not be read as a lado-record/1")));
        }
        r = new LadoRecord(r.schema(), r.recordRef(), r.contactDate(), r.referrer(), r.sector(), r.category(),
                r.thresholdDecision(), r.referralDate(), r.initialEvaluationMeetingDate(),
                r.postAllegationMeetingDate(), r.outcome(), r.outcomeDate(), r.employerActions(), r.groupRef(),
                r.subjectDateOfBirth(), decided);
        problems.addAll(crossCheck(r));
        return problems.isEmpty() ? new Result(r, List.of()) : Result.bad(problems);
    }

    private static List<Problem> crossCheck(LadoRecord r) {
        List<Problem> problems = new ArrayList<>();
        if (r.referralDate() != null && r.thresholdDecision() != ThresholdDecision.MEETS) {
            problems.add(new Problem("referralDate", "is set, but thresholdDecision is not MEETS; only a contact that"
                    + " met the threshold becomes a referral"));
        }
        before(problems, r.referralDate(), "referralDate", r.contactDate(), "contactDate");
        LocalDate start = r.referralDate() != null ? r.referralDate() : r.contactDate();
        String startName = r.referralDate() != null ? "referralDate" : "contactDate";
        before(problems, r.initialEvaluationMeetingDate(), "initialEvaluationMeetingDate", start, startName);
        before(problems, r.postAllegationMeetingDate(), "postAllegationMeetingDate", start, startName);
        before(problems, r.outcomeDate(), "outcomeDate", r.contactDate(), "contactDate");
        if ((r.outcome() == null) != (r.outcomeDate() == null)) {
            problems.add(new Problem(r.outcome() == null ? "outcome" : "outcomeDate",
                    "is missing; an outcome and its date come together (both null while the case is open)"));
        }
        before(problems, r.contactDate(), "contactDate", r.subjectDateOfBirth(), "subjectDateOfBirth");
        return problems;
    }

    private static void before(List<Problem> problems, LocalDate later, String laterName, LocalDate earlier,
                               String earlierName) {
        if (later != null && earlier != null && later.isBefore(earlier)) {
            problems.add(new Problem(laterName, "is before " + earlierName + "; the dates are out of order"));
        }
    }

    /** A record, or why it was rejected. */
    record Result(LadoRecord record, List<Problem> problems) {
        static Result bad(List<Problem> problems) {
            return new Result(null, problems);
        }
    }
}

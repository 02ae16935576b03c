package io.github.ladorules.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.Evidence;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.OutcomeCase;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an outcome input against the published {@code lado-outcome/1} JSON Schema, then what a schema cannot say:
 * the dates in order, and deliberate deception claimed only where the evidence disproves the allegation. Messages
 * name the fields involved and never quote a date (one of them is a date of birth).
 */
public final class OutcomeValidator {
    public static final String SCHEMA_RESOURCE = "/lado-rules/schemas/lado-outcome-1.schema.json";
    private static final SchemaValidator SCHEMA = SchemaValidator.load(SCHEMA_RESOURCE);

    private OutcomeValidator() {
    }

    /** Does nothing itself: calling it loads this class, and with it the schema, if that has not happened yet. */
    public static void loadSchema() {
    }

    /** Validates an outcome input read from a document and returns it as the API model. */
    public static OutcomeCase toOutcome(JsonNode document) {
        return SCHEMA.read(document, OutcomeCase.class, OutcomeValidator::crossCheck);
    }

    /** Validates an outcome input built in code exactly as if it had been read from a file. */
    public static OutcomeCase check(OutcomeCase outcome) {
        return SCHEMA.check(outcome, OutcomeValidator::crossCheck);
    }

    private static List<Problem> crossCheck(OutcomeCase c) {
        List<Problem> problems = new ArrayList<>();
        if (c.allegation().date().isAfter(c.referralDate())) {
            problems.add(new Problem("allegation.date", "is after referralDate; an allegation comes before its"
                    + " referral"));
        }
        if (c.subject().dateOfBirth().isAfter(c.allegation().date())) {
            problems.add(new Problem("subject.dateOfBirth", "is after allegation.date; the adult must have been born"
                    + " by then"));
        }
        if (Boolean.TRUE.equals(c.finding().deliberateDeception()) && c.finding().evidence() != Evidence.DISPROVES) {
            problems.add(new Problem("finding.deliberateDeception", "is true, but the evidence is "
                    + c.finding().evidence() + "; deliberate deception can only be found when the evidence disproves"
                    + " the allegation (evidence: DISPROVES)"));
        }
        return problems;
    }
}

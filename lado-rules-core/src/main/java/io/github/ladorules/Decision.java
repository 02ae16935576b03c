package io.github.ladorules;

import java.util.List;

/**
 * The {@code lado-decision/1} output: decision support for the designated officer, who makes the decision.
 * The same case and edition always give an equal decision, and so byte-identical JSON: no field holds the time of
 * evaluation. {@code inputSha256} is the SHA-256 of the validated case as canonical JSON (RFC 8785), unknown facts
 * left out, which ties the decision to its input without repeating the input.
 */
public record Decision(
        String schema,
        String caseRef,
        EditionRef edition,
        String engineVersion,
        String inputSha256,
        Recommendation recommendation,
        List<SubjectDecision> subjects,
        List<Action> caseActions,
        String notice) {

    public static final String SCHEMA = "lado-decision/1";
    public static final String NOTICE = "Decision support only. The designated officer makes the decision.";

    public Decision {
        subjects = List.copyOf(subjects);
        caseActions = List.copyOf(caseActions);
    }

    /** The result for the subject with this reference, if there is one. */
    public java.util.Optional<SubjectDecision> subject(String ref) {
        return subjects.stream().filter(s -> s.ref().equals(ref)).findFirst();
    }
}

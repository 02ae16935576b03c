package io.github.ladorules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input was rejected; nothing was evaluated. Carries every problem found, each naming the field path
 * (for example {@code subjects[0].role}) and what was expected.
 */
public final class InvalidInputException extends LadoRulesException {
    private final List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One thing wrong with the input: where, and what was expected. */
    public record Problem(String field, String message) {
        @Override
        public String toString() {
            return field.isEmpty() ? message : field + ": " + message;
        }
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid-input exception needs at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}

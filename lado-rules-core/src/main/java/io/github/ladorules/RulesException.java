package io.github.ladorules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An edition's rule files could not be loaded or behaved inconsistently. Each problem names the file and,
 * where known, the line, so a policy lead editing a rule can find it.
 */
public final class RulesException extends LadoRulesException {
    private final List<Problem> problems;

    public RulesException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public static RulesException of(String file, String message) {
        return new RulesException(List.of(new Problem(file, 0, message)));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One thing wrong with a rule file; {@code line} is 0 where it is not known. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return (line > 0 ? file + ":" + line : file) + ": " + message;
        }
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rules exception needs at least one problem");
        }
        return problems.stream().map(Problem::toString).collect(Collectors.joining("; "));
    }
}

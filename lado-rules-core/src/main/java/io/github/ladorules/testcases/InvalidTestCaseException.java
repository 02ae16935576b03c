package io.github.ladorules.testcases;

import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LadoRulesException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A test-case file could not be read: it is not YAML or JSON, breaks the {@code lado-test-case/1} schema, or its
 * {@code case} breaks {@code lado-case/1}. Names the file and every problem's field path within it (a problem in
 * the case itself has a path starting {@code case.}).
 */
public final class InvalidTestCaseException extends LadoRulesException {
    private final Path file;
    private final List<Problem> problems;

    public InvalidTestCaseException(Path file, List<Problem> problems) {
        super(file + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid test case needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }
}

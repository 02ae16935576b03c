package io.github.ladorules.internal;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.testcases.InvalidTestCaseException;
import io.github.ladorules.testcases.TestCase;
import io.github.ladorules.testcases.TestCaseReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The shipped test cases the engine evaluates, each with the edition that decides it, for tests that compare two ways
 * of evaluating. A file that is not a valid test case, or a case refused before any rule runs, is left out: other
 * tests judge those.
 */
final class CorpusCases {
    /** One test case, ready to evaluate. */
    record Evaluable(Path file, LadoCase lado, EditionInfo edition) {
    }

    private CorpusCases() {
    }

    static Path repository() {
        return Path.of(System.getProperty("lado.repository", "..")).toAbsolutePath().normalize();
    }

    static List<Evaluable> all(EditionCatalogue catalogue) {
        try (Stream<Path> walk = Files.walk(repository().resolve("test-cases"))) {
            return walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".json")).sorted()
                    .map(file -> evaluable(file, catalogue)).filter(Objects::nonNull).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Evaluable evaluable(Path file, EditionCatalogue catalogue) {
        TestCase test;
        LadoCase valid;
        try {
            test = TestCaseReader.read(file);
            valid = CaseValidator.check(test.lado());
        } catch (InvalidTestCaseException | InvalidInputException e) {
            return null;
        }
        if (valid.referralDate().isBefore(catalogue.editions().get(0).inForceFrom())) {
            return null;
        }
        EditionInfo edition = test.pinned() && test.edition() != null ? catalogue.byId(test.edition())
                : catalogue.inForceOn(valid.referralDate());
        return new Evaluable(file, valid, edition);
    }
}

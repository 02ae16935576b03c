package io.github.ladorules.testcases;

import io.github.ladorules.DeadlineExceededException;
import io.github.ladorules.Decision;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.InvalidInputException.Problem;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.RulesException;
import io.github.ladorules.SubjectDecision;
import io.github.ladorules.testcases.TestCaseResult.Status;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs test-case files against an engine and says, for each, whether the decision matched and how it differed.
 * Files are taken in path order, so a run reads the same every time. A file that cannot be read becomes an
 * {@link Status#INVALID} result rather than stopping the run, so one typo does not hide every other result.
 * Likewise a case whose decision cannot be computed (a rules error such as no rule choosing a route for this input,
 * the deadline, or a fault in the engine) is an {@link Status#ERROR} of that case, and the run goes on; a caller that
 * wants an edition that does not compile reported once, before any case, compiles the editions first
 * ({@link LadoEngine.Builder#compileAllEditions()}).
 */
public final class TestCaseRunner {
    private final LadoEngine engine;

    public TestCaseRunner(LadoEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /** Runs one file, or every {@code .yaml}, {@code .yml} and {@code .json} file under a folder. */
    public TestRun run(Path fileOrFolder) {
        List<TestCaseResult> results = new ArrayList<>();
        Map<String, Set<String>> fired = new TreeMap<>();
        for (Path file : files(fileOrFolder)) {
            TestCaseResult result = runFile(file);
            results.add(result);
            if (result.status() == Status.PASSED || result.status() == Status.FAILED) {
                if (result.edition() != null) {
                    fired.computeIfAbsent(result.edition(), e -> new TreeSet<>()).addAll(result.firedRules());
                }
            }
        }
        return new TestRun(results, fired);
    }

    /** Reads and runs one file. */
    public TestCaseResult runFile(Path file) {
        TestCase testCase;
        try {
            testCase = TestCaseReader.read(file);
        } catch (InvalidTestCaseException e) {
            return new TestCaseResult(file, file.getFileName().toString(), Status.INVALID,
                    e.problems().stream().map(Problem::toString).toList(), null, Set.of(), null);
        }
        return run(testCase);
    }

    /** Runs one case that has already been read. */
    public TestCaseResult run(TestCase testCase) {
        Evaluation evaluation = evaluate(testCase);
        List<String> differences = new ArrayList<>(evaluation.differences());
        Decision decision = evaluation.decision();
        if (decision != null) {
            if (testCase.edition() != null && !testCase.pinned()
                    && !testCase.edition().equals(decision.edition().id())) {
                differences.add(0, "edition: expected " + testCase.edition() + ", got " + decision.edition().id()
                        + " (the edition in force on " + testCase.lado().referralDate() + ")");
            }
            differences.addAll(DecisionComparison.differences(testCase.expect(), decision));
        }
        Status status = evaluation.error() ? Status.ERROR : status(testCase, differences);
        if (status == Status.FAILED && testCase.isKnownGap()) {
            differences.add("knownGap: the case now gets the answer it expects; the gap looks fixed, so remove "
                    + "knownGap and move the file into its edition's folder");
        }
        String edition = decision == null ? null : decision.edition().id();
        Set<String> fired = decision == null ? Set.of() : firedRules(decision);
        return new TestCaseResult(testCase.file(), testCase.name(), status, differences, edition, fired,
                testCase.knownGap());
    }

    /**
     * The decision, or the differences that stand in for it when the engine rejected the case; {@code error} when no
     * decision could be computed.
     */
    private record Evaluation(Decision decision, List<String> differences, boolean error) {
        Evaluation(Decision decision, List<String> differences) {
            this(decision, differences, false);
        }

        static Evaluation error(String what) {
            return new Evaluation(null, List.of(what), true);
        }
    }

    private Evaluation evaluate(TestCase testCase) {
        Set<String> wantRejected = testCase.expect().invalidInput();
        Decision decision;
        try {
            LadoEngine engine = testCase.profile() == null ? this.engine : this.engine.withProfile(testCase.profile());
            decision = testCase.pinned() ? engine.evaluate(testCase.lado(), testCase.edition())
                    : engine.evaluate(testCase.lado());
        } catch (RulesException e) {
            return Evaluation.error("rules: " + e.getMessage());
        } catch (DeadlineExceededException e) {
            return Evaluation.error("deadline: " + e.getMessage());
        } catch (InvalidInputException e) {
            Set<String> fields = new TreeSet<>(e.problems().stream().map(Problem::field).toList());
            if (wantRejected == null) {
                return new Evaluation(null, List.of("case: the engine rejected it: " + e.getMessage()));
            }
            if (!fields.equals(new TreeSet<>(wantRejected))) {
                return new Evaluation(null, List.of("invalidInput: expected " + DecisionComparison.sortedList(
                        wantRejected) + ", got " + fields + " (" + e.getMessage() + ")"));
            }
            return new Evaluation(null, List.of());
        } catch (RuntimeException e) {
            // A fault in the engine: its message may quote the case, so only its kind is reported.
            return Evaluation.error("error: the decision could not be computed (" + e.getClass().getName() + ")");
        }
        if (wantRejected != null) {
            return new Evaluation(decision, List.of("invalidInput: expected the engine to reject the case naming "
                    + DecisionComparison.sortedList(wantRejected) + ", but it was evaluated with "
                    + decision.edition().id()));
        }
        return new Evaluation(decision, List.of());
    }

    /**
     * A known gap is expected to differ. Once it matches, the rule has been fixed (or the case is wrong): that is a
     * failure, so somebody moves the case into its edition's folder on purpose instead of it passing unnoticed.
     */
    private static Status status(TestCase testCase, List<String> differences) {
        if (testCase.isKnownGap()) {
            return differences.isEmpty() ? Status.FAILED : Status.KNOWN_GAP;
        }
        return differences.isEmpty() ? Status.PASSED : Status.FAILED;
    }

    /** Rules speak in a decision through reasons (their id) and actions (which carry their own rule id). */
    static Set<String> firedRules(Decision decision) {
        Set<String> fired = new TreeSet<>();
        for (SubjectDecision subject : decision.subjects()) {
            subject.reasons().forEach(r -> fired.add(r.rule()));
            subject.actions().forEach(a -> fired.add(a.rule()));
        }
        decision.caseActions().forEach(a -> fired.add(a.rule()));
        return fired;
    }

    /** The test-case files under a folder (or the file itself), sorted by path. */
    public static List<Path> files(Path fileOrFolder) {
        if (Files.isRegularFile(fileOrFolder)) {
            return List.of(fileOrFolder);
        }
        if (!Files.isDirectory(fileOrFolder)) {
            throw InvalidInputException.of("", "no such file or folder: " + fileOrFolder);
        }
        try (Stream<Path> walk = Files.walk(fileOrFolder)) {
            return walk.filter(Files::isRegularFile).filter(TestCaseRunner::isTestCaseFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isTestCaseFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }
}

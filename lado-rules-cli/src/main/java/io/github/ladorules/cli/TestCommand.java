package io.github.ladorules.cli;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.RuleInfo;
import io.github.ladorules.testcases.TestCaseResult;
import io.github.ladorules.testcases.TestCaseRunner;
import io.github.ladorules.testcases.TestRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lado-rules test [DIR|FILE]}: run test cases (lado-test-case/1), show expected against actual for each
 * failure, write JUnit XML for a CI server, and report which rules no case fires.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run test cases and compare each decision with its expectation. Exit 1 if any case fails or "
                + "cannot be evaluated (an error; the run goes on), 2 if a file is not a valid test case or there is "
                + "none.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules test", "  lado-rules test --rules rules --coverage test-cases/kcsie-2023",
                "  lado-rules test --junit target/cases.xml --json", "  lado-rules test - < my-case.yaml"})
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ProfileOption profile;

    @Option(names = "--json", description = "Print the results (counts, failures with their differences, coverage) "
            + "as JSON.")
    boolean json;

    @Parameters(paramLabel = "DIR|FILE", arity = "0..1", defaultValue = "test-cases",
            description = "A test-case file, a folder of them, or - for one on standard input (default: ${DEFAULT-VALUE}).")
    Path path;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    Path junit;

    @Option(names = "--coverage", description = "List every threshold rule that no case fires.")
    boolean coverage;

    @Override
    public Integer call() {
        Path input = Inputs.isStdin(path) ? stdinToFile() : path;
        if (!Files.exists(input)) {
            throw InvalidInputException.of("DIR|FILE", "no such file or folder: " + path);
        }
        if (TestCaseRunner.files(input).isEmpty()) {
            throw InvalidInputException.of("DIR|FILE", "no test-case files (.yaml, .yml or .json) in " + path);
        }
        LadoEngine engine = options.engine(profile);
        TestRun run = new TestCaseRunner(engine).run(input);
        if (junit != null) {
            try {
                JunitXml.write(run, junit);
            } catch (IOException e) {
                throw InvalidInputException.of("--junit", "cannot write " + junit + " (" + e.getClass().getSimpleName()
                        + ")");
            }
        }
        if (json) {
            Output.json(spec, summary(engine, run));
            return exitCode(run);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (TestCaseResult r : run.results()) {
            String label = switch (r.status()) {
                case FAILED -> "FAIL ";
                case INVALID -> "INVALID ";
                case ERROR -> "ERROR ";
                default -> null;
            };
            if (label != null) {
                // Names, paths and differences come from files: printed without control characters.
                out.println(label + TerminalText.clean(r.file()));
                out.println("  " + TerminalText.clean(r.name()));
                r.differences().forEach(d -> out.println("    " + TerminalText.clean(d)));
            }
        }
        int errors = run.withStatus(TestCaseResult.Status.ERROR).size();
        out.printf("%d passed, %d failed%n", run.withStatus(TestCaseResult.Status.PASSED).size(),
                run.withStatus(TestCaseResult.Status.FAILED).size() + run.withStatus(TestCaseResult.Status.INVALID).size()
                        + errors);
        if (errors > 0) {
            out.printf("%d of the failed could not be evaluated (errors; see ERROR above)%n", errors);
        }
        if (!run.withStatus(TestCaseResult.Status.KNOWN_GAP).isEmpty()) {
            out.printf("%d known gaps (rules believed wrong, see test-cases/known-gaps)%n",
                    run.withStatus(TestCaseResult.Status.KNOWN_GAP).size());
        }
        report(out, engine, run);
        out.flush();
        return exitCode(run);
    }

    private static int exitCode(TestRun run) {
        if (!run.withStatus(TestCaseResult.Status.INVALID).isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        return run.passed() ? ExitCodes.OK : ExitCodes.DIFFERS;
    }

    /** The run as JSON: counts, each failure with its differences, and rule coverage per edition. */
    record Summary(int passed, int failed, int knownGaps, List<Failure> failures, List<Coverage> coverage) {
    }

    record Failure(String file, String name, String status, List<String> differences) {
    }

    record Coverage(String edition, int fired, int rules, List<String> notFired) {
    }

    private Summary summary(LadoEngine engine, TestRun run) {
        List<Failure> failures = run.results().stream()
                .filter(r -> r.status() == TestCaseResult.Status.FAILED || r.status() == TestCaseResult.Status.INVALID
                        || r.status() == TestCaseResult.Status.ERROR)
                .map(r -> new Failure(r.file().toString(), r.name(), r.status().name(), r.differences())).toList();
        List<Coverage> coverage = engine.editions().stream().map(e -> {
            List<RuleInfo> rules = thresholdRules(engine, e);
            List<String> unfired = rules.stream().map(RuleInfo::id).filter(id -> !run.firedRules(e.id()).contains(id))
                    .toList();
            return new Coverage(e.id(), rules.size() - unfired.size(), rules.size(), unfired);
        }).toList();
        return new Summary(run.withStatus(TestCaseResult.Status.PASSED).size(), failures.size(),
                run.withStatus(TestCaseResult.Status.KNOWN_GAP).size(), failures, coverage);
    }

    private static List<RuleInfo> thresholdRules(LadoEngine engine, EditionInfo e) {
        return engine.rules(e.id()).stream().filter(r -> !r.id().startsWith("OUT-")).toList();
    }

    /** A test case read from standard input goes through the same reader as a file, so it is written to one. */
    private static Path stdinToFile() {
        try {
            Path file = Files.createTempFile("lado-rules-test-", ".yaml");
            file.toFile().deleteOnExit();
            Files.writeString(file, Inputs.stdin());
            return file;
        } catch (IOException e) {
            throw InvalidInputException.of("-", "standard input could not be saved for reading: "
                    + e.getClass().getSimpleName());
        }
    }

    /** Rule coverage per edition: threshold rules only, as outcome rules are exercised by outcome inputs. */
    private void report(PrintWriter out, LadoEngine engine, TestRun run) {
        for (EditionInfo e : engine.editions()) {
            List<RuleInfo> rules = thresholdRules(engine, e);
            List<RuleInfo> unfired = rules.stream().filter(r -> !run.firedRules(e.id()).contains(r.id())).toList();
            out.printf("coverage %s: %d of %d threshold rules fired%n", e.id(), rules.size() - unfired.size(),
                    rules.size());
            if (coverage) {
                unfired.forEach(r -> out.printf("  not fired: %s (%s:%d)%n", r.id(), r.file(), r.line()));
            }
        }
    }
}

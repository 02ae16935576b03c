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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lado-rules test [DIR|FILE]}: run test cases (lado-test-case/1), show expected against actual for each
 * failure, write JUnit XML for a CI server, and report which rules no case fires.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run test cases and compare each decision with its expectation. Exit 1 if any case fails or "
                + "cannot be evaluated (an error; the run goes on), 2 if a file is not a valid test case or there is "
                + "none.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Parameters(paramLabel = "DIR|FILE", arity = "0..1", defaultValue = "test-cases",
            description = "A test-case file or a folder of them (default: ${DEFAULT-VALUE}).")
    Path path;

    @Option(names = "--junit", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    Path junit;

    @Option(names = "--coverage", description = "List every threshold rule that no case fires.")
    boolean coverage;

    @Override
    public Integer call() {
        if (!Files.exists(path)) {
            throw InvalidInputException.of("DIR|FILE", "no such file or folder: " + path);
        }
        if (TestCaseRunner.files(path).isEmpty()) {
            throw InvalidInputException.of("DIR|FILE", "no test-case files (.yaml, .yml or .json) in " + path);
        }
        LadoEngine engine = options.engine();
        TestRun run = new TestCaseRunner(engine).run(path);
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
        if (junit != null) {
            try {
                JunitXml.write(run, junit);
            } catch (IOException e) {
                throw InvalidInputException.of("--junit", "cannot write " + junit + " (" + e.getClass().getSimpleName()
                        + ")");
            }
        }
        out.flush();
        if (!run.withStatus(TestCaseResult.Status.INVALID).isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        return run.passed() ? ExitCodes.OK : ExitCodes.DIFFERS;
    }

    /** Rule coverage per edition: threshold rules only, as outcome rules are exercised by outcome inputs. */
    private void report(PrintWriter out, LadoEngine engine, TestRun run) {
        for (EditionInfo e : engine.editions()) {
            List<RuleInfo> rules = engine.rules(e.id()).stream().filter(r -> !r.id().contains("-OUT-")).toList();
            List<RuleInfo> unfired = rules.stream().filter(r -> !run.firedRules(e.id()).contains(r.id())).toList();
            out.printf("coverage %s: %d of %d threshold rules fired%n", e.id(), rules.size() - unfired.size(),
                    rules.size());
            if (coverage) {
                unfired.forEach(r -> out.printf("  not fired: %s (%s:%d)%n", r.id(), r.file(), r.line()));
            }
        }
    }
}

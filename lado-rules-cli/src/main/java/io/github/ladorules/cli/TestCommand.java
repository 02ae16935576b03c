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
        description = "Run test cases and compare each decision with its expectation. Exit 1 if any case fails.",
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
        LadoEngine engine = options.engine(profile);
        TestRun run = new TestCaseRunner(engine).run(input);
        if (junit != null) {
            writeJunit(run);
        }
        if (json) {
            Output.json(spec, summary(engine, run));
            return exitCode(run);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (TestCaseResult r : run.results()) {
            if (r.status() == TestCaseResult.Status.FAILED || r.status() == TestCaseResult.Status.INVALID) {
                out.println((r.status() == TestCaseResult.Status.FAILED ? "FAIL " : "INVALID ") + r.file());
                out.println("  " + r.name());
                r.differences().forEach(d -> out.println("    " + d));
            }
        }
        out.printf("%d passed, %d failed%n", run.withStatus(TestCaseResult.Status.PASSED).size(),
                run.withStatus(TestCaseResult.Status.FAILED).size() + run.withStatus(TestCaseResult.Status.INVALID).size());
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
                .filter(r -> r.status() == TestCaseResult.Status.FAILED || r.status() == TestCaseResult.Status.INVALID)
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
        return engine.rules(e.id()).stream().filter(r -> !r.id().contains("-OUT-")).toList();
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

    private void writeJunit(TestRun run) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        int failures = run.withStatus(TestCaseResult.Status.FAILED).size();
        int errors = run.withStatus(TestCaseResult.Status.INVALID).size();
        int skipped = run.withStatus(TestCaseResult.Status.KNOWN_GAP).size();
        xml.append(String.format("<testsuite name=\"lado-rules test cases\" tests=\"%d\" failures=\"%d\" errors=\"%d\" "
                + "skipped=\"%d\">%n", run.results().size(), failures, errors, skipped));
        for (TestCaseResult r : run.results()) {
            xml.append("  <testcase classname=\"").append(escape(String.valueOf(r.edition()))).append("\" name=\"")
                    .append(escape(r.name() == null ? r.file().toString() : r.name())).append("\" file=\"")
                    .append(escape(r.file().toString())).append('"');
            String detail = escape(String.join("\n", r.differences()));
            switch (r.status()) {
                case PASSED -> xml.append("/>\n");
                case FAILED -> xml.append(">\n    <failure message=\"differs from its expectation\">").append(detail)
                        .append("</failure>\n  </testcase>\n");
                case INVALID -> xml.append(">\n    <error message=\"not a valid test case\">").append(detail)
                        .append("</error>\n  </testcase>\n");
                case KNOWN_GAP -> xml.append(">\n    <skipped message=\"").append(escape(r.knownGap()))
                        .append("\"/>\n  </testcase>\n");
            }
        }
        xml.append("</testsuite>\n");
        try {
            Files.writeString(junit, xml);
        } catch (IOException e) {
            throw InvalidInputException.of("--junit", "cannot write " + junit + ": " + e.getMessage());
        }
    }

    private static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("\n", "&#10;");
    }
}

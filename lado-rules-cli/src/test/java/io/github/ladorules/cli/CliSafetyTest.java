package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The exit-code contract holds for every kind of failure, and the test command survives the cases it cannot run. */
class CliSafetyTest {
    private static final String EXAMPLE = CliRun.path("examples/teacher-pushed-pupil.yaml");
    private static final String TEST_CASE = """
            name: %s
            source: the README example
            case:
              schema: lado-case/1
              caseRef: SAFE-1
              referralDate: 2023-05-05
              subjects:
                - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true, currentlyInRole: true}
              children:
                - {ref: C1, ageAtIncident: 9}
              concerns:
                - {subject: A, children: [C1], indicator: PHY_ASSAULT, context: AT_WORK, injury: true}
            expect:
              recommendation: MEETS_THRESHOLD
            """;

    @TempDir
    Path dir;

    @Test
    void anEndlessInputIsBadInputAtOnce() {
        if (!Files.exists(Path.of("/dev/zero"))) {
            return;
        }
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.of("evaluate", "/dev/zero"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/dev/zero is larger than 1048576 bytes").doesNotContain("OutOfMemory");
    }

    @Test
    void aDateTheCalendarCannotHandleIsBadInputNamingTheField() throws IOException {
        Path far = write("far.yaml", Files.readString(Path.of(EXAMPLE)).replace("referralDate: 2023-05-05",
                "referralDate: 9999-12-31"));
        CliRun run = CliRun.of("evaluate", far.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("referralDate: is not a real date as yyyy-mm-dd in the years 1900 to 2199");
    }

    @Test
    void aProfileOutsideItsBoundsIsBadInputNamingTheParameter() throws IOException {
        for (String value : new String[] {"-5", "2147483647"}) {
            Path profile = write("profile.yaml", "initialEvaluationMeetingWorkingDays: " + value + "\n");
            CliRun run = CliRun.of("evaluate", "--profile", profile.toString(), EXAMPLE);
            assertThat(run.exitCode()).as(value).isEqualTo(2);
            assertThat(run.err()).as(value).contains("profile.initialEvaluationMeetingWorkingDays: must have a");
        }
    }

    @Test
    void aDeadlineOutsideItsRangeIsAUsageError() {
        CliRun run = CliRun.of("evaluate", "--deadline", "0", EXAMPLE);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--deadline: must be a whole number of seconds from 1 to 3600");
        CliRun ok = CliRun.of("evaluate", "--deadline", "120", EXAMPLE);
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).startsWith("MEETS THE HARM THRESHOLD");
    }

    @Test
    void anInternalErrorExitsFourWithOneLineAndAnIncidentIdAndNoTraceUnlessDebugging() {
        StringWriter err = new StringWriter();
        int code = ErrorHandler.report(new IllegalStateException("Jane Smith 1977-03-14"), new PrintWriter(err), false);
        assertThat(code).isEqualTo(4);
        assertThat(err.toString().lines()).singleElement().asString()
                .matches("lado-rules: internal error LR-[0-9a-f]{8} \\(java.lang.IllegalStateException\\);.*")
                .doesNotContain("Jane", "1977");

        StringWriter debug = new StringWriter();
        ErrorHandler.report(new IllegalStateException("x"), new PrintWriter(debug), true);
        assertThat(debug.toString()).contains("\tat io.github.ladorules.cli.CliSafetyTest");
    }

    @Test
    void runningOutOfMemoryIsAnInternalErrorNotARawTrace() {
        CommandLine cmd = LadoRulesCommand.commandLine();
        cmd.addSubcommand("exhaust", new ExhaustMemory());
        StringWriter err = new StringWriter();
        cmd.setErr(new PrintWriter(err));
        assertThat(LadoRulesCommand.execute(cmd, "exhaust")).isEqualTo(4);
        assertThat(err.toString().lines()).singleElement().asString().contains("java.lang.OutOfMemoryError");
    }

    /** Stands in for a command that runs out of memory, which the JVM signals with an Error picocli does not catch. */
    @Command(name = "exhaust")
    static final class ExhaustMemory implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    @Test
    void anEmptySelectionOfTestCasesIsAUsageError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("test", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("DIR|FILE: no test-case files (.yaml, .yml or .json) in");
        assertThat(run.out()).doesNotContain("0 passed");
    }

    @Test
    void aCaseThatCannotBeEvaluatedIsAnErrorAndTheRunGoesOnToWriteJunit() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        Files.writeString(cases.resolve("a.yaml"), TEST_CASE.formatted("A pushed pupil meets the threshold"));
        Files.writeString(cases.resolve("b.yaml"), TEST_CASE.formatted("The same case again")
                .replace("caseRef: SAFE-1", "caseRef: SAFE-2"));
        Path rules = rulesWithoutTheRoutes();
        Path junit = dir.resolve("junit.xml");

        CliRun run = CliRun.of("test", "--rules", rules.toString(), "--junit", junit.toString(), cases.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR " + cases.resolve("a.yaml"), "ERROR " + cases.resolve("b.yaml"))
                .contains("rules: kcsie-2021: no rule chose a route for subjects[0]")
                .contains("0 passed, 2 failed").contains("2 of the failed could not be evaluated");
        Document xml = parse(junit);
        assertThat(xml.getDocumentElement().getAttribute("errors")).isEqualTo("2");
        assertThat(xml.getElementsByTagName("error").getLength()).isEqualTo(2);
    }

    @Test
    void controlCharactersInATestNameReachNeitherTheTerminalNorTheJunitXml() throws Exception {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        String name = "\"Red \\e[31mtext\\e[0m & <tags> \\u0007bell\\u0000 and \\u202Ereversed\"";
        Files.writeString(cases.resolve("a.yaml"), TEST_CASE.formatted(name)
                .replace("recommendation: MEETS_THRESHOLD", "recommendation: DOES_NOT_MEET_THRESHOLD"));
        Path junit = dir.resolve("junit.xml");

        CliRun run = CliRun.of("test", "--junit", junit.toString(), cases.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Red [31mtext[0m & <tags> bell and reversed")
                .doesNotContain("\u001b", "\u0007", "\u0000", "\u202E");
        Element testCase = (Element) parse(junit).getElementsByTagName("testcase").item(0);
        assertThat(testCase.getAttribute("name")).isEqualTo("Red [31mtext[0m & <tags> bell and \u202Ereversed");
        assertThat(testCase.getElementsByTagName("failure").item(0).getTextContent())
                .contains("recommendation: expected DOES_NOT_MEET_THRESHOLD, got MEETS_THRESHOLD");
    }

    private Path rulesWithoutTheRoutes() {
        return CliRun.copyOfRules(dir.resolve("rules"), "12-routes.drl");
    }

    private static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}

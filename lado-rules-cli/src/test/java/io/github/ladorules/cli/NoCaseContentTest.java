package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hosts capture stderr and exception messages into logs, and the README promises nothing is logged. Distinctive
 * strings (a name, references, dates of birth and of incidents) are fed through every way an input can fail, on
 * the command line and through the API; none of them may come back on stdout, stderr or in any exception message.
 */
class NoCaseContentTest {
    /** Strings that appear only in the inputs below, never in the schemas or the rules. */
    private static final List<String> DISTINCTIVE = List.of("Jane", "Smith", "Quillfeather", "Zebedee", "Nimue",
            "1977-03-14", "1999-07-23", "2031-11-29", "1988-02-30");

    private static final String CASE = """
            schema: lado-case/1
            caseRef: Quillfeather-42
            referralDate: 2023-05-05
            subjects:
              - {ref: Zebedee, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true, currentlyInRole: true}
            children:
              - {ref: Nimue, ageAtIncident: 9}
            concerns:
              - {subject: Zebedee, children: [Nimue], indicator: PHY_ASSAULT, context: AT_WORK, incidentDate: 2023-05-04}
            """;
    private static final String OUTCOME = """
            schema: lado-outcome/1
            caseRef: Quillfeather-42
            referralDate: 2023-03-14
            subject: {role: TEACHER, dateOfBirth: 1977-03-14}
            allegation: {date: 1977-01-01, sexual: false, madeBy: PUPIL}
            finding: {evidence: DISPROVES, deliberateDeception: true}
            employment: REMAINS
            """;

    /** Each way a case can be refused, carrying the distinctive strings. */
    private static final Map<String, String> BAD_CASES = Map.ofEntries(
            Map.entry("a name as the case reference", CASE.replace("Quillfeather-42", "Jane Smith")),
            Map.entry("a name as a subject's ref", CASE.replace("ref: Zebedee", "ref: Jane Smith")),
            Map.entry("dangling refs", CASE.replace("subject: Zebedee", "subject: Smith")
                    .replace("[Nimue]", "[Jane]")),
            Map.entry("a ref used twice", CASE.replace("children:\n  - {ref: Nimue, ageAtIncident: 9}",
                    "children:\n  - {ref: Nimue}\n  - {ref: Nimue}")),
            Map.entry("a child twice in one concern", CASE.replace("[Nimue]", "[Nimue, Nimue]")),
            Map.entry("a name as a role", CASE.replace("role: TEACHER", "role: Jane Smith")),
            Map.entry("a name as a key", CASE.replace("worksWithChildren: true", "Jane Smith: true")),
            Map.entry("a referral before the first edition", CASE.replace("referralDate: 2023-05-05",
                    "referralDate: 1999-07-23").replace("incidentDate: 2023-05-04", "incidentDate: 1999-07-22")),
            Map.entry("an incident after the referral", CASE.replace("incidentDate: 2023-05-04",
                    "incidentDate: 2031-11-29")),
            Map.entry("an impossible date", CASE.replace("incidentDate: 2023-05-04", "incidentDate: 1988-02-30")),
            Map.entry("a date with a line break", CASE.replace("incidentDate: 2023-05-04",
                    "incidentDate: \"1977-03-14\\n\"")),
            Map.entry("broken YAML beside a name", CASE.replace("caseRef: Quillfeather-42", "caseRef: [Jane Smith")),
            Map.entry("broken JSON beside a name", "{\"schema\": \"lado-case/1\", \"caseRef\": Jane Smith}"),
            Map.entry("a JSON key that is a name", "{\"schema\": \"lado-case/1\", \"Jane Smith\": 1}"),
            Map.entry("a second document", CASE + "---\n" + CASE.replace("Quillfeather-42", "Jane-Smith")),
            Map.entry("a count too large", CASE.replace("currentlyInRole: true}",
                    "currentlyInRole: true, priorReferrals: 2147483648}")),
            Map.entry("a free-text value where a flag belongs", CASE.replace("worksWithChildren: true",
                    "worksWithChildren: Jane Smith said so")));

    @TempDir
    Path dir;

    @Test
    void noRefusedCaseRepeatsItsContentOnTheCommandLine() throws IOException {
        for (Map.Entry<String, String> bad : BAD_CASES.entrySet()) {
            Path file = Files.writeString(dir.resolve("input.yaml"), bad.getValue());
            CliRun run = CliRun.of("evaluate", file.toString());
            assertThat(run.exitCode()).as(bad.getKey()).isEqualTo(2);
            assertThat(run.err()).as(bad.getKey()).isNotBlank();
            assertClean(bad.getKey(), run.out() + run.err());
        }
    }

    @Test
    void noRefusedCaseRepeatsItsContentThroughTheApi() {
        LadoEngine engine = LadoEngine.builder().build();
        for (Map.Entry<String, String> bad : BAD_CASES.entrySet()) {
            Throwable thrown = null;
            try {
                engine.evaluate(LadoCodec.readCase(bad.getValue()));
            } catch (RuntimeException e) {
                thrown = e;
            }
            assertThat(thrown).as(bad.getKey()).isInstanceOf(io.github.ladorules.InvalidInputException.class);
            assertClean(bad.getKey(), messages(thrown));
        }
    }

    @Test
    void bytesThatAreNotUtf8AroundANameAreRefusedWithoutThem() throws IOException {
        byte[] bytes = CASE.replace("Quillfeather-42", "Jane-Smith\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(dir.resolve("input.yaml"), bytes);
        CliRun run = CliRun.of("evaluate", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertClean("not UTF-8", run.out() + run.err());
    }

    @Test
    void aRefusedOutcomeInputDoesNotRepeatTheDateOfBirth() throws IOException {
        Path file = Files.writeString(dir.resolve("outcome.yaml"), OUTCOME);
        CliRun run = CliRun.of("outcome", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("subject.dateOfBirth: is after allegation.date")
                .doesNotContain("1977");
        assertClean("outcome", run.out() + run.err());
    }

    @Test
    void aRulesErrorNamesTheAdultByPositionNotByRef() throws IOException {
        Path rules = rulesWithoutTheRoutes();
        Path file = Files.writeString(dir.resolve("input.yaml"), CASE);
        CliRun run = CliRun.of("evaluate", "--rules", rules.toString(), file.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("no rule chose a route for subjects[0]");
        assertClean("rules error", run.out() + run.err());
    }

    @Test
    void theTestCommandReportsARejectedCaseWithoutItsContent() throws IOException {
        Path cases = Files.createDirectories(dir.resolve("cases"));
        String testCase = "name: An assault by a teacher meets the threshold\nsource: fictional\ncase:\n"
                + BAD_CASES.get("an incident after the referral").indent(2)
                + "expect:\n  recommendation: MEETS_THRESHOLD\n";
        Files.writeString(cases.resolve("a.yaml"), testCase);
        Path junit = dir.resolve("junit.xml");
        CliRun run = CliRun.of("test", "--junit", junit.toString(), cases.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains("case.concerns[0].incidentDate: is after referralDate");
        assertClean("test command", run.out() + run.err() + Files.readString(junit));
    }

    private static void assertClean(String what, String text) {
        for (String s : DISTINCTIVE) {
            assertThat(text).as("%s must not repeat %s", what, s).doesNotContain(s);
        }
    }

    /** Every message in the exception and its causes. */
    private static String messages(Throwable e) {
        List<String> all = new ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.add(String.valueOf(t.getMessage()));
            all.add(t.toString());
        }
        return String.join("\n", all);
    }

    private Path rulesWithoutTheRoutes() {
        return CliRun.copyOfRules(dir.resolve("rules"), "12-routes.drl");
    }
}

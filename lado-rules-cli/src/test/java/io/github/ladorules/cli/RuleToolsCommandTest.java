package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands policy leads use on the rule files themselves: lint, book and diff. */
class RuleToolsCommandTest {
    @TempDir
    Path dir;

    @Test
    void lintPassesOnTheShippedRules() {
        CliRun run = CliRun.of("lint", "--rules", CliRun.path("rules"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("ok: 6 editions, ").contains("every rule has an id, a text and a citation");
    }

    @Test
    void lintReportsARuleWithoutATextWithItsFileAndLineAndExitsThree() throws IOException {
        copyRules();
        Path scope = dir.resolve("01-scope.drl");
        Files.writeString(scope, Files.readString(scope).replaceFirst("    @text\\(\"The adult works or volunteers[^\\n]*\\n", ""));
        CliRun run = CliRun.of("lint", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("01-scope.drl:").contains("has no @text");
    }

    @Test
    void lintRefusesACitationOfGuidanceNotInForceForTheEdition() throws IOException {
        copyRules();
        Path edition = dir.resolve("editions/kcsie-2023.yaml");
        Files.writeString(edition, Files.readString(edition).replace(
                "  harm-threshold:\n    document: KCSIE 2023", "  harm-threshold:\n    document: KCSIE 2016"));
        CliRun run = CliRun.of("lint", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("kcsie-2023.yaml:").contains("'harm-threshold' cites KCSIE 2016, which was not in "
                + "force while kcsie-2023 was");
    }

    @Test
    void lintRefusesAStatutoryCitationWithNoParagraphAndNoReason() throws IOException {
        copyRules();
        Path edition = dir.resolve("editions/kcsie-2016.yaml");
        Files.writeString(edition, Files.readString(edition).replace(
                "    paragraph: \"194\"\n    checked: true", "    paragraph: \"Part four\"\n    checked: true"));
        CliRun run = CliRun.of("lint", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("'learning-lessons' cites KCSIE 2016 with no paragraph");
    }

    @Test
    void lintRefusesTwoProvisionsOnOneParagraphWithoutAReasonAndADocumentWithNoOfficialAddress() throws IOException {
        copyRules();
        Path edition = dir.resolve("editions/kcsie-2016.yaml");
        Files.writeString(edition, Files.readString(edition).replace(
                "    paragraph: \"194\"", "    paragraph: \"173\""));
        Path documents = dir.resolve("documents.yaml");
        Files.writeString(documents, Files.readString(documents).replace(
                "https://www.legislation.gov.uk/ukpga/2006/47", "https://example.org/svga"));
        CliRun run = CliRun.of("lint", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("[learning-lessons, references] all cite KCSIE 2016 173")
                .contains("'Safeguarding Vulnerable Groups Act 2006' is statute but its address is not official");
    }

    @Test
    void lintRefusesALaterLawCitedByARuleThatDoesNotTestItsDate() throws IOException {
        copyRules();
        Path pot = dir.resolve("03-position-of-trust.drl");
        Files.writeString(pot, Files.readString(pot).replace(
                "indicator == \"SEX_RELATIONSHIP_TRUST\", incidentOnOrAfter(\"2022-06-28\")",
                "indicator == \"SEX_RELATIONSHIP_TRUST\""));
        CliRun run = CliRun.of("lint", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("'soa-2003-sport-and-religion' cites Sexual Offences Act 2003 s22A, dated "
                + "2022-06-28, after kcsie-2014 ended");
    }

    @Test
    void citationsListsEveryRuleWithItsParagraphAddressAndWhetherItWasChecked() {
        CliRun run = CliRun.of("citations", "--edition", "kcsie-2016");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## kcsie-2016 (")
                .contains("| `CRIT-HARMED` | harm-threshold | KCSIE 2016 (statutory-guidance) | 145 | yes | "
                        + "<https://webarchive.nationalarchives.gov.uk/")
                .contains("| `OUT-RECORD-RETENTION` | record-retention | KCSIE 2016 (statutory-guidance) | 171 | **no** |")
                .doesNotContain("## kcsie-2023");
        CliRun json = CliRun.of("citations", "--json");
        assertThat(json.exitCode()).isZero();
        assertThat(json.out()).contains("\"edition\" : \"kcsie-2014\"").contains("\"checked\" : false")
                .contains("\"provision\" : \"soa-2003-sport-and-religion\"");
    }

    private void copyRules() {
        CliRun.copyOfRules(dir);
    }


    @Test
    void theBookListsEveryEditionAndRuleWithItsCitation() {
        CliRun run = CliRun.of("book");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("## kcsie-2016: ").contains("## kcsie-2023: ")
                .contains("### 02-matrix.yaml")
                .contains("| `MOD-NO-FOURTH-CRITERION` | No fourth criterion before 1 September 2020 | until 31 August 2020 |")
                .contains("| `CRIT-UNSUITABLE` | Criterion 4: may not be suitable to work with children | from 1 September 2020 |")
                .contains("Known uncertainties:");
    }

    @Test
    void diffShowsWhatChangesForAPrivateLifeConcernAcrossTheFourthCriterion() throws IOException {
        Path lado = dir.resolve("dv.yaml");
        Files.writeString(lado, """
                schema: lado-case/1
                caseRef: D-1
                referralDate: 2022-01-10
                subjects:
                  - {ref: A, role: TEACHER, setting: SCHOOL, engagement: EMPLOYED, worksWithChildren: true,
                     currentlyInRole: true, otherRolesWithChildren: false, priorLowLevelConcerns: 0}
                concerns:
                  - {subject: A, indicator: TR_DOMESTIC_ABUSE, context: OUTSIDE_WORK}
                circumstances: {childInImmediateDanger: false, significantHarmSuspected: false,
                                evidenceShowsCouldNotHaveHappened: false}
                """);
        CliRun run = CliRun.of("diff", "--from", "kcsie-2016", "--to", "kcsie-2021", lado.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("recommendation: MAY_MEET_THRESHOLD -> MEETS_THRESHOLD")
                .contains("adult A criteria: [] -> [UNSUITABLE_TO_WORK_WITH_CHILDREN]")
                .contains("reasons no longer given: [MOD-NO-FOURTH-CRITERION")
                .contains("1 of 1 cases change from kcsie-2016 to kcsie-2021");
    }

    @Test
    void diffReadsTheShippedTestCasesAndExamplesFolders() {
        CliRun cases = CliRun.of("diff", "--from", "kcsie-2016", "--to", "kcsie-2020",
                CliRun.path("test-cases/kcsie-2016/matrix-transferable-risk"));
        assertThat(cases.exitCode()).isZero();
        assertThat(cases.out()).contains("tr-domestic-abuse.yaml (case T16-TR-DOMESTIC-ABUSE):")
                .contains("adult A criteria: [] -> [UNSUITABLE_TO_WORK_WITH_CHILDREN]")
                .containsPattern("\\d+ of 13 cases change from kcsie-2016 to kcsie-2020\n");
        CliRun examples = CliRun.of("diff", "--from", "kcsie-2021", "--to", "kcsie-2023", CliRun.path("examples"));
        assertThat(examples.exitCode()).isZero();
        assertThat(examples.out()).contains("skipped ").contains("outcome-malicious-pupil.yaml: an outcome, not a concern")
                .contains("audit-and-retention.yaml: not a lado-case/1 case or a test case")
                .contains("of 1 cases change from kcsie-2021 to kcsie-2023; 2 files skipped");
    }
}

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
        assertThat(run.out()).startsWith("ok: 4 editions, ").contains("every rule has an id, a text and a citation");
    }

    @Test
    void lintReportsARuleWithoutATextWithItsFileAndLineAndExitsThree() throws IOException {
        Path edition = dir.resolve("kcsie-2023");
        Files.createDirectories(edition);
        Path shipped = CliRun.REPOSITORY.resolve("rules/kcsie-2023");
        try (var files = Files.list(shipped)) {
            for (Path f : files.toList()) {
                Files.copy(f, edition.resolve(f.getFileName()));
            }
        }
        Files.writeString(edition.resolve("edition.yaml"), Files.readString(edition.resolve("edition.yaml"))
                .replace("inForceFrom: 2023-09-01", "inForceFrom: 2016-09-05"));
        Path scope = edition.resolve("01-scope.drl");
        Files.writeString(scope, Files.readString(scope).replaceFirst("    @text\\(\"The adult works or volunteers[^\\n]*\\n", ""));
        CliRun run = CliRun.of("lint", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("01-scope.drl:").contains("has no @text");
    }

    @Test
    void theBookListsEveryEditionAndRuleWithItsCitation() {
        CliRun run = CliRun.of("book");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("## kcsie-2016: ").contains("## kcsie-2023: ")
                .contains("### 02-matrix-physical.drl")
                .contains("| `MOD-NO-FOURTH-CRITERION` | No fourth criterion before 1 September 2020 |")
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
}

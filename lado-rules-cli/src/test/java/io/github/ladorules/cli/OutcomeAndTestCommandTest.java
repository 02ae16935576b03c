package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeAndTestCommandTest {
    private static final String OUTCOME = CliRun.path("examples/outcome-malicious-pupil.yaml");

    @TempDir
    Path dir;

    @Test
    void outcomeClassifiesAMaliciousAllegationAndSaysWhatFollows() {
        CliRun run = CliRun.of("outcome", OUTCOME);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).contains("OUTCOME: MALICIOUS  (case EX-2023-0142)");
        assertThat(run.out()).contains("Decision support only.")
                .contains("Personnel record:     REMOVE_UNLESS_CONSENT")
                .contains("Mention in references: no")
                .contains("CONSIDER_ACTION_AGAINST_MAKER")
                .contains("[OUT-CLASS-MALICIOUS]");
    }

    @Test
    void outcomeJsonIsTheOutcomeDecisionShape() {
        CliRun run = CliRun.of("outcome", "--json", OUTCOME);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"schema\" : \"lado-outcome-decision/1\"").contains("\"outcome\" : \"MALICIOUS\"")
                .contains("\"personnelRecord\" : \"REMOVE_UNLESS_CONSENT\"");
    }

    @Test
    void aBadOutcomeFileExitsTwoNamingTheField() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(OUTCOME)).replace("evidence: DISPROVES", "evidence: MAYBE"));
        CliRun run = CliRun.of("outcome", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("finding.evidence").contains("PROVES");
    }

    @Test
    void theShippedTestCasesPassWithEveryThresholdRuleFired() {
        CliRun run = CliRun.of("test", "--junit", dir.resolve("junit.xml").toString(), CliRun.path("test-cases"));
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("(?m)^\\d+ passed, 0 failed$")
                .contains("coverage kcsie-2023: ").doesNotContain("FAIL ");
        assertThat(dir.resolve("junit.xml")).content().contains("<testsuite name=\"lado-rules test cases\"")
                .contains("failures=\"0\"");
    }

    @Test
    void aCaseWhoseExpectationDiffersExitsOneShowingExpectedAndActual() throws IOException {
        Path shipped = CliRun.REPOSITORY.resolve("test-cases/kcsie-2016/boundaries/domestic-abuse-2020-08-31.yaml");
        Path wrong = dir.resolve("wrong.yaml");
        Files.writeString(wrong, Files.readString(shipped).replaceFirst("recommendation: MAY_MEET_THRESHOLD",
                "recommendation: MEETS_THRESHOLD"));
        CliRun run = CliRun.of("test", "--junit", dir.resolve("junit.xml").toString(), wrong.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("FAIL ").contains("recommendation: expected MEETS_THRESHOLD, got MAY_MEET_THRESHOLD")
                .contains("0 passed, 1 failed");
        assertThat(dir.resolve("junit.xml")).content().contains("<failure");
    }
}

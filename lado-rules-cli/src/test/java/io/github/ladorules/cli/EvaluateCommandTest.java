package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String EXAMPLE = CliRun.path("examples/teacher-pushed-pupil.yaml");

    @TempDir
    Path dir;

    @Test
    void printsTheRecommendationFirstThenCriteriaActionsAndCitedReasons() {
        CliRun run = CliRun.of("evaluate", EXAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("MEETS THE HARM THRESHOLD  (case EX-2023-0142)");
        assertThat(run.out())
                .contains("Edition kcsie-2021 2.2.2")
                .contains("Decision support only. The designated officer makes the decision.")
                .contains("Adult A: MEETS THE HARM THRESHOLD (tier 5)")
                .contains("Criteria: harmed or may have harmed a child; possibly a criminal offence")
                .contains("INITIAL_EVALUATION_MEETING, due Mon 15 May 2023")
                .contains("INFORM_LADO, due Tue 9 May 2023")
                .contains("[MOD-INJURY] Keeping children safe in education 2021 (September 2021), paragraph 338");
    }

    @Test
    void jsonOutputIsTheDecisionTheApiGives() {
        CliRun run = CliRun.of("evaluate", "--json", EXAMPLE);
        assertThat(run.exitCode()).isZero();
        String api = LadoCodec.toJson(LadoEngine.builder().build().evaluate(LadoCodec.readCase(Path.of(EXAMPLE))));
        assertThat(run.out()).isEqualTo(api);
        assertThat(run.out()).contains("\"schema\" : \"lado-decision/1\"");
    }

    @Test
    void anEditionCanBePinned() {
        CliRun run = CliRun.of("evaluate", "--edition", "kcsie-2016", EXAMPLE);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Edition kcsie-2016").contains("[MTX-PHY-ASSAULT]");
    }

    @Test
    void badInputExitsTwoNamingTheFieldWithoutAStackTrace() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(EXAMPLE)).replace("role: TEACHER", "role: HEAD"));
        CliRun run = CliRun.of("evaluate", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("subjects[0].role").contains("TEACHER").contains("is \"HEAD\"")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(3);
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.of("evaluate", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no such file");
    }

    @Test
    void debugShowsTheStackTrace() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schema: lado-case/1\n");
        CliRun run = CliRun.of("evaluate", "--debug", bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("InvalidInputException").contains("\tat ");
    }

    @Test
    void aBrokenRulesDirectoryExitsThreeNamingTheFileAndLine() throws IOException {
        Path rules = CliRun.copyOfRules(dir.resolve("rules"));
        Files.writeString(rules.resolve("01-broken.drl"), """
                package lado.rules;
                import io.github.ladorules.facts.*;

                rule "Broken"
                    @id("X-BROKEN") @text("t") @cite("harm-threshold")
                when
                    $c : Concern( indicator == )
                then
                end
                """);
        CliRun run = CliRun.of("evaluate", "--rules", dir.resolve("rules").toString(), EXAMPLE);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("01-broken.drl:7").doesNotContain("\tat ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("evaluate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }
}

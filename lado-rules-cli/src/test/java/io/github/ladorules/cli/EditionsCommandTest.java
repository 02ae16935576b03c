package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditionsCommandTest {
    @Test
    void listsEveryEditionWithItsDatesVersionAndHash() {
        CliRun run = CliRun.of("editions");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("kcsie-2014  2014-04-03 to 2015-03-26  version 1.2.1")
                .contains("kcsie-2015  2015-03-26 to 2016-09-05  version 1.2.1")
                .contains("kcsie-2016  2016-09-05 to 2020-09-01  version 2.2.1")
                .contains("kcsie-2020  2020-09-01 to 2021-09-01")
                .contains("kcsie-2021  2021-09-01 to 2023-09-01")
                .contains("kcsie-2023  2023-09-01 to now")
                .containsPattern("rules sha256 [0-9a-f]{64}");
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("evaluate").contains("editions").contains("3   a rules error");
    }

    @Test
    void versionNamesTheEngineFromTheBuildAndEveryEditionWithItsVersionAndHash() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("lado-rules " + io.github.ladorules.LadoEngine.ENGINE_VERSION)
                .matches("lado-rules \\d+\\.\\d+\\.\\d+.*");
        assertThat(run.out()).containsPattern("kcsie-2016 +2\\.2\\.1 +rules sha256 [0-9a-f]{64}")
                .contains("kcsie-2020").contains("kcsie-2021").contains("kcsie-2023");
    }
}

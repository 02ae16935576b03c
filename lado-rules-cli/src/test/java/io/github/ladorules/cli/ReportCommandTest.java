package io.github.ladorules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
    private static final String DORSET = CliRun.path("examples/records/dorset-2022-23.jsonl");
    private static final String AUDIT = CliRun.path("examples/records/audit-and-retention.yaml");

    @Test
    void reportPrintsMarkdownAndWritesTheOtherFormats(@TempDir Path dir) {
        Path html = dir.resolve("dash.html");
        Path csv = dir.resolve("csv");
        CliRun run = CliRun.of("report", DORSET, "--from", "2022-04-01", "--to", "2023-03-31",
                "--compare-from", "2021-04-01", "--compare-to", "2022-03-31", "--html", html.toString(),
                "--csv", csv.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# LADO service report, 2022-04-01 to 2023-03-31")
                .contains("| contacts | 492 |  |  | 431 |");
        assertThat(run.err()).contains("0 records skipped as invalid");
        assertThat(html).exists();
        assertThat(csv.resolve("summary.csv")).exists();
        assertThat(csv.resolve("index.csv")).exists();
    }

    @Test
    void jsonIsTheLadoReport() {
        CliRun run = CliRun.of("report", DORSET, "--from", "2022-04-01", "--to", "2023-03-31", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"schema\" : \"lado-report/1\"", "\"contacts\" : 492", "\"referrals\" : 163");
    }

    @Test
    void badRecordsAreSkippedAndCountedWithoutTheirContent(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("r.jsonl");
        Files.writeString(file, "{\"schema\":\"lado-record/1\",\"recordRef\":\"PRIVATE-9\",\"contactDate\":\"2022-05-03\","
                + "\"referrer\":\"SCHOOL\",\"sector\":\"EDUCATION\",\"category\":\"PHYSICAL\",\"subjectDateOfBirth\":"
                + "\"1971-02-03\",\"notes\":\"the adult's name\"}\n");
        CliRun run = CliRun.of("report", file.toString(), "--from", "2022-04-01", "--to", "2023-03-31");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("line 1", "notes", "1 record skipped as invalid")
                .doesNotContain("PRIVATE-9", "1971-02-03", "the adult's name");
        assertThat(run.out()).contains("Skipped as invalid: 1");
    }

    @Test
    void badUsageExitsTwoNamingTheField() {
        CliRun dates = CliRun.of("report", DORSET, "--from", "2023-04-01", "--to", "2023-03-31");
        assertThat(dates.exitCode()).isEqualTo(2);
        assertThat(dates.err()).contains("--to");
        CliRun compare = CliRun.of("report", DORSET, "--from", "2022-04-01", "--to", "2023-03-31",
                "--compare-from", "2021-04-01");
        assertThat(compare.exitCode()).isEqualTo(2);
        assertThat(compare.err()).contains("--compare-to");
        CliRun missing = CliRun.of("report", "no-such-file.jsonl", "--from", "2022-04-01", "--to", "2023-03-31");
        assertThat(missing.exitCode()).isEqualTo(2);
    }

    @Test
    void theAuditListsDisagreementsByRecordRef() {
        CliRun run = CliRun.of("report", AUDIT, "--from", "2016-09-05", "--to", "2024-03-31", "--audit");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("names record refs", "| EX-AUD-03 | DOES_NOT_MEET | MEETS_THRESHOLD |");
    }

    @Test
    void retentionListsRecordsToReviewRemoveAndKeep() {
        CliRun run = CliRun.of("retention", AUDIT, "--on", "2026-11-01");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("## Retention has ended (1)", "| EX-RET-02 |", "## Remove now (1)",
                "| EX-RET-01 | MALICIOUS |", "## Keep (2)");
        CliRun json = CliRun.of("retention", AUDIT, "--on", "2026-11-01", "--json");
        assertThat(json.out()).contains("\"schema\" : \"lado-retention/1\"");
        assertThat(CliRun.of("retention", AUDIT).exitCode()).isEqualTo(2);
    }
}

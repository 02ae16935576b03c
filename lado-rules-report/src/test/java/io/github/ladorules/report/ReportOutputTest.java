package io.github.ladorules.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.internal.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {
    static final ReportOptions DORSET = ReportOptions.of(new ReportPeriod(DorsetSeed.FROM, DorsetSeed.TO))
            .withComparison(new ReportPeriod(DorsetSeed.PREVIOUS_FROM, DorsetSeed.PREVIOUS_TO));

    static Report dorset() {
        return Reports.build(List.of(DorsetReportTest.RECORDS), DORSET);
    }

    @Test
    void theSameRecordsGiveByteIdenticalOutputInEveryFormat(@TempDir Path dir) throws IOException {
        Report a = dorset();
        Report b = dorset();
        assertThat(a).isEqualTo(b);
        assertThat(ReportJson.write(a)).isEqualTo(ReportJson.write(b));
        assertThat(ReportMarkdown.write(a)).isEqualTo(ReportMarkdown.write(b));
        assertThat(ReportHtml.write(a)).isEqualTo(ReportHtml.write(b));
        List<Path> first = ReportCsv.write(a, dir.resolve("a"));
        ReportCsv.write(b, dir.resolve("b"));
        for (Path f : first) {
            assertThat(dir.resolve("b").resolve(f.getFileName())).hasSameTextualContentAs(f);
        }
    }

    @Test
    void theJsonFollowsThePublishedSchema() throws IOException {
        SchemaValidator schema = SchemaValidator.load("/lado-rules/schemas/lado-report-1.schema.json");
        JsonNode json = Mappers.JSON.readTree(ReportJson.write(dorset()));
        assertThat(schema.problems(json)).isEmpty();
        Report audited = Reports.build(List.of(DorsetReportTest.REPOSITORY.resolve(
                "examples/records/audit-and-retention.yaml")), ReportOptions.of(new ReportPeriod(
                java.time.LocalDate.of(2016, 9, 5), java.time.LocalDate.of(2024, 3, 31)))
                .withAudit(io.github.ladorules.LadoEngine.builder().build()));
        assertThat(schema.problems(Mappers.JSON.readTree(ReportJson.write(audited)))).isEmpty();
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).put("contacts", -1);
        assertThat(schema.problems(json)).isNotEmpty();
    }

    @Test
    void noRecordContentAppearsInAReportWithoutTheAudit(@TempDir Path dir) throws IOException {
        Report r = dorset();
        ReportCsv.write(r, dir);
        StringBuilder all = new StringBuilder(ReportJson.write(r)).append(ReportMarkdown.write(r))
                .append(ReportHtml.write(r));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                all.append(Files.readString(f));
            }
        }
        assertThat(all.toString()).doesNotContain("R-2223-", "R-2122-", "G-2223-");
    }

    @Test
    void theDashboardNeedsNothingFromTheNetwork() {
        String html = ReportHtml.write(dorset());
        assertThat(html).doesNotContain("<script", "src=", "href=", "@import", "<link");
        // Charts refer to their own clip paths (url(#...)); nothing else may be referred to.
        assertThat(html).doesNotContainPattern("url\\((?!#)");
        assertThat(html.split("<figure class=\"chart\"", -1)).hasSize(11);
    }

    @Test
    void everyTableSaysWhatItCounts() {
        Report r = dorset();
        List<Table> tables = ReportTables.of(r);
        assertThat(tables).allSatisfy(t -> assertThat(t.counts()).isNotBlank());
        String markdown = ReportMarkdown.write(r);
        String[] sections = markdown.split("\n## ");
        assertThat(sections).hasSize(tables.size() + 1);
        assertThat(java.util.Arrays.asList(sections).subList(1, sections.length))
                .allSatisfy(section -> assertThat(section).contains("Counts: "));
        assertThat(r.definitions()).containsKeys("contacts", "referrals", "outcomes", "timeliness.timeToConclusion");
    }

    @Test
    void targetsFromTheProfileAreMetOrMissedByHowMuch(@TempDir Path dir) throws IOException {
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, """
                initialEvaluationMeetingWorkingDays: 5
                report:
                  targets:
                    - {id: pam, measure: POST_ALLEGATION_MEETING, withinDays: 28, days: CALENDAR, percent: 95}
                    - {id: iem, measure: INITIAL_EVALUATION_MEETING, withinDays: 5, days: WORKING, percent: 90}
                """);
        Report r = Reports.build(List.of(DorsetReportTest.RECORDS), DORSET.withProfile(ReportProfile.read(profile)));
        assertThat(r.targets()).extracting(TargetResult::id, TargetResult::count, TargetResult::of,
                TargetResult::met, TargetResult::byPoints)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pam", 158, 163, true, 1.9),
                        org.assertj.core.groups.Tuple.tuple("iem", 140, 163, false, -4.1));
        // The same file still works as the engine's profile: the report section is the report's alone.
        assertThat(io.github.ladorules.LocalProfile.read(profile).initialEvaluationMeetingWorkingDays()).isEqualTo(5);
    }
}

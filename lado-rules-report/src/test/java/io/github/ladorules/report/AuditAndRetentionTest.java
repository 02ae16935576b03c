package io.github.ladorules.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoEngine;
import io.github.ladorules.PersonnelRecord;
import io.github.ladorules.Recommendation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuditAndRetentionTest {
    static final Path FILE = DorsetReportTest.REPOSITORY.resolve("examples/records/audit-and-retention.yaml");
    static LadoEngine engine;

    @BeforeAll
    static void engine() {
        engine = LadoEngine.builder().build();
    }

    @Test
    void theAuditComparesDecisionsWithTheRulesAndListsDisagreements() {
        Report r = Reports.build(List.of(FILE), ReportOptions.of(new ReportPeriod(LocalDate.of(2016, 9, 5),
                LocalDate.of(2024, 3, 31))).withAudit(engine));
        AuditReport audit = r.audit();
        assertThat(audit.audited()).isEqualTo(4);
        assertThat(audit.mayMeet()).isEqualTo(1);
        assertThat(audit.agreement()).isEqualTo(new Share(2, 3, 66.7));
        assertThat(audit.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.recordRef()).isEqualTo("EX-AUD-03");
            assertThat(d.decision()).isEqualTo(ThresholdDecision.DOES_NOT_MEET);
            assertThat(d.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
            assertThat(d.edition()).isEqualTo("kcsie-2023");
            assertThat(d.reasons()).anySatisfy(reason -> assertThat(reason.rule()).contains("SEX"));
        });
        assertThat(ReportMarkdown.write(r)).contains("names record refs");
    }

    @Test
    void theReportWithoutTheAuditHasNoAudit() {
        Report r = Reports.build(List.of(FILE), ReportOptions.of(new ReportPeriod(LocalDate.of(2016, 9, 5),
                LocalDate.of(2024, 3, 31))));
        assertThat(r.audit()).isNull();
        assertThat(ReportJson.write(r)).doesNotContain("EX-AUD", "EX-RET");
    }

    @Test
    void retentionFollowsEachRecordsEditionOnTheReviewDate() {
        RetentionReview review = new RetentionReview(engine, LocalDate.of(2026, 11, 1), null);
        RecordReader.read(FILE, review);
        RetentionList list = review.list();
        assertThat(list.skipped()).isZero();
        // Unsubstantiated in 2016, adult born 1950: pension age is past, so ten years from the allegation decide.
        assertThat(list.retentionEnded()).singleElement().satisfies(e -> {
            assertThat(e.recordRef()).isEqualTo("EX-RET-02");
            assertThat(e.edition().id()).isEqualTo("kcsie-2016");
            assertThat(e.retainUntil()).isEqualTo(LocalDate.of(2026, 10, 3));
            assertThat(e.reasons()).isNotEmpty().allSatisfy(reason -> assertThat(reason.cite()).isNotNull());
        });
        // Malicious under kcsie-2021: removed unless the adult consents.
        assertThat(list.removeNow()).singleElement().satisfies(e -> {
            assertThat(e.recordRef()).isEqualTo("EX-RET-01");
            assertThat(e.personnelRecord()).isEqualTo(PersonnelRecord.REMOVE_UNLESS_CONSENT);
        });
        assertThat(list.keep()).extracting(RetentionEntry::recordRef).containsExactlyInAnyOrder("EX-AUD-01",
                "EX-RET-03");
        assertThat(list.keep()).allSatisfy(e -> assertThat(e.retainUntil()).isAfter(LocalDate.of(2026, 11, 1)));
        assertThat(RetentionMarkdown.write(list)).startsWith("# Retention review on 2026-11-01\n\n"
                + RetentionList.NOTICE);
    }

    @Test
    void aDayBeforeTheDateTheRecordIsStillKept() {
        RetentionReview review = new RetentionReview(engine, LocalDate.of(2026, 10, 2), null);
        RecordReader.read(FILE, review);
        assertThat(review.list().retentionEnded()).isEmpty();
        assertThat(review.list().keep()).extracting(RetentionEntry::recordRef).contains("EX-RET-02");
    }
}

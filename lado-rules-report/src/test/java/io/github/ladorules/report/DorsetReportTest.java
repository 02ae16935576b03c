package io.github.ladorules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped fictional records reproduce the figures of Dorset's LADO annual report 2022/23 (Dorset Council,
 * Local Authority Designated Officer annual report, 1 April 2022 to 31 March 2023) that SPEC section 10 covers.
 * Each assertion names the report's figure it reproduces.
 */
class DorsetReportTest {
    static final Path REPOSITORY = Path.of(System.getProperty("lado.repository"));
    static final Path RECORDS = REPOSITORY.resolve(DorsetSeed.FILE);
    static Report report;

    @BeforeAll
    static void build() {
        report = Reports.build(List.of(RECORDS), ReportOptions.of(new ReportPeriod(DorsetSeed.FROM, DorsetSeed.TO))
                .withComparison(new ReportPeriod(DorsetSeed.PREVIOUS_FROM, DorsetSeed.PREVIOUS_TO)));
    }

    @Test
    void theCommittedFileIsWhatTheGeneratorWrites() throws IOException {
        String expected = new DorsetSeed().text();
        if (Boolean.getBoolean("lado.regenerate")) {
            Files.writeString(RECORDS, expected);
        }
        assertThat(Files.readString(RECORDS)).isEqualTo(expected);
    }

    @Test
    void contactsAndReferrals() {
        PeriodFigures f = report.figures();
        // Dorset 2022/23: 492 contacts to the LADO service.
        assertThat(f.contacts()).isEqualTo(492);
        // Dorset 2022/23: 163 of them progressed to a referral (33%).
        assertThat(f.referrals()).isEqualTo(163);
        assertThat(f.contactsToReferrals()).isEqualTo(new Share(163, 492, 33.1));
        assertThat(f.threshold()).isEqualTo(new ThresholdSplit(163, 329, 0));
        assertThat(report.skipped()).isZero();
    }

    @Test
    void meetingsOnTime() {
        Timeliness t = report.figures().timeliness();
        // Dorset 2022/23: initial evaluation meetings held within 5 working days in 140 of 163 referrals (85%).
        assertThat(t.initialEvaluationMeeting()).isEqualTo(new InitialEvaluationMeetings(5, 140, 163, 85.9));
        // Dorset 2022/23: post-allegation meetings held within 28 days in 158 of 163 referrals (96%).
        assertThat(t.postAllegationMeeting()).isEqualTo(new PostAllegationMeetings(28, 158, 163, 96.9));
    }

    @Test
    void substantiatedOutcomes() {
        // Dorset 2022/23: 57 of the 163 referrals were substantiated.
        assertThat(report.figures().outcomes()).contains(new KeyCount("SUBSTANTIATED", 57, 37.5));
    }

    @Test
    void timeFromContactToConclusion() {
        // Dorset 2022/23: time from contact to outcome: 54% within 4 weeks, then 15%, 12% and 12% in the later
        // bands, and 7% still open at the year's end. Within one percentage point each.
        List<BandCount> bands = report.figures().timeliness().timeToConclusion();
        assertThat(bands).extracting(BandCount::band).containsExactly("UP_TO_28_DAYS", "UP_TO_56_DAYS",
                "UP_TO_84_DAYS", "UP_TO_182_DAYS", "LONGER", "OPEN");
        double[] dorset = {54, 15, 12, 12, 0, 7};
        for (int i = 0; i < dorset.length; i++) {
            assertThat(bands.get(i).percent()).as(bands.get(i).band()).isCloseTo(dorset[i],
                    org.assertj.core.data.Offset.offset(1.0));
        }
        assertThat(report.figures().timeliness().timeToConclusionOf()).isEqualTo(163);
    }

    @Test
    void groupsAreCountedAsGroupsAndAsAdults() {
        assertThat(report.figures().groups()).isEqualTo(new Groups(5, 11));
    }

    @Test
    void thePreviousYearIsCountedOnItsOwn() {
        assertThat(report.comparison().contacts()).isEqualTo(431);
        assertThat(report.comparison().referrals()).isEqualTo(139);
        assertThat(report.comparison().timeliness().timeToConclusion()).filteredOn(b -> b.band().equals("OPEN"))
                .extracting(BandCount::count).containsExactly(0);
    }
}

package io.github.ladorules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReaderTest {
    private static final String JSON = "{\"schema\":\"lado-record/1\",\"recordRef\":\"R-1\",\"contactDate\":\"2022-05-03\","
            + "\"referrer\":\"SCHOOL\",\"sector\":\"EDUCATION\",\"category\":\"PHYSICAL\",\"thresholdDecision\":\"MEETS\","
            + "\"referralDate\":\"2022-05-04\",\"initialEvaluationMeetingDate\":\"2022-05-10\","
            + "\"postAllegationMeetingDate\":\"2022-06-01\",\"outcome\":\"FALSE\",\"outcomeDate\":\"2022-06-01\","
            + "\"employerActions\":[\"TRAINING\",\"WORD_OF_ADVICE\"],\"groupRef\":\"G-1\"}";

    @TempDir
    Path dir;

    private Collect read(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        Collect sink = new Collect();
        RecordReader.read(file, sink);
        return sink;
    }

    @Test
    void everyFormatReadsTheSameRecord() throws IOException {
        String yaml = """
                - schema: lado-record/1
                  recordRef: R-1
                  contactDate: 2022-05-03
                  referrer: SCHOOL
                  sector: EDUCATION
                  category: PHYSICAL
                  thresholdDecision: MEETS
                  referralDate: 2022-05-04
                  initialEvaluationMeetingDate: 2022-05-10
                  postAllegationMeetingDate: 2022-06-01
                  outcome: "FALSE"
                  outcomeDate: 2022-06-01
                  employerActions: [TRAINING, WORD_OF_ADVICE]
                  groupRef: G-1
                """;
        String csv = "recordRef,contactDate,referrer,sector,category,thresholdDecision,referralDate,"
                + "initialEvaluationMeetingDate,postAllegationMeetingDate,outcome,outcomeDate,employerActions,groupRef\n"
                + "R-1,2022-05-03,SCHOOL,EDUCATION,PHYSICAL,MEETS,2022-05-04,2022-05-10,2022-06-01,FALSE,2022-06-01,"
                + "TRAINING;WORD_OF_ADVICE,G-1\n";
        List<LadoRecord> all = List.of(read("a.jsonl", JSON + "\n").records.get(0),
                read("b.json", "[" + JSON + "]").records.get(0), read("c.yaml", yaml).records.get(0),
                read("d.csv", csv).records.get(0));
        assertThat(all).allSatisfy(r -> assertThat(r).isEqualTo(all.get(0)));
        LadoRecord r = all.get(0);
        assertThat(r.outcome()).isEqualTo(Outcome.FALSE);
        assertThat(r.referralDate()).isEqualTo(LocalDate.of(2022, 5, 4));
        assertThat(r.employerActions()).containsExactly(EmployerAction.TRAINING, EmployerAction.WORD_OF_ADVICE);
    }

    @Test
    void aBadRecordIsSkippedWithItsLineAndFieldButNotItsContent() throws IOException {
        String bad = JSON.replace("\"SCHOOL\"", "\"HEADTEACHER\"").replace("R-1", "SECRET-REF-77")
                .replace("2022-05-10", "2022-13-45");
        Collect sink = read("r.jsonl", JSON + "\n\n" + bad + "\nnot json at all {\n" + JSON + "\n");
        assertThat(sink.records).hasSize(2);
        assertThat(sink.rejected).hasSize(2);
        RejectedRecord first = sink.rejected.get(0);
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.problems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("initialEvaluationMeetingDate", "referrer");
        assertThat(sink.rejected.get(1).line()).isEqualTo(4);
        String printed = sink.rejected.toString();
        assertThat(printed).doesNotContain("SECRET-REF-77", "HEADTEACHER", "2022-13-45", "not json at all");
    }

    @Test
    void yamlListsAndCsvRowsNameTheirLines() throws IOException {
        Collect yaml = read("r.yaml", "- recordRef: R-1\n  schema: lado-record/1\n"
                + "- schema: lado-record/1\n  recordRef: R-2\n  contactDate: 2022-05-03\n  referrer: SCHOOL\n"
                + "  sector: EDUCATION\n  category: PHYSICAL\n  outcome: FALSE\n  outcomeDate: 2022-06-01\n");
        assertThat(yaml.rejected).extracting(RejectedRecord::line).containsExactly(1, 3);
        assertThat(yaml.rejected.get(1).problems().toString()).contains("in quotes");
        Collect csv = read("r.csv", "recordRef,contactDate,referrer,sector,category\n"
                + "R-1,2022-05-03,SCHOOL,EDUCATION,PHYSICAL\nR-2,2022-05-03,NOBODY,EDUCATION,PHYSICAL\n");
        assertThat(csv.records).hasSize(1);
        assertThat(csv.rejected).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.problems()).extracting(InvalidInputException.Problem::field).containsExactly("referrer");
        });
    }

    @Test
    void datesOutOfOrderAndReferralsWithoutTheThresholdAreRejected() throws IOException {
        String early = JSON.replace("\"outcomeDate\":\"2022-06-01\"", "\"outcomeDate\":\"2022-01-01\"");
        String notMet = JSON.replace("\"MEETS\"", "\"DOES_NOT_MEET\"");
        Collect sink = read("r.jsonl", early + "\n" + notMet + "\n");
        assertThat(sink.rejected.get(0).problems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("outcomeDate");
        assertThat(sink.rejected.get(1).problems()).extracting(InvalidInputException.Problem::field)
                .containsExactly("referralDate");
    }

    @Test
    void aBrokenArrayStopsWithTheLineAndAnUnknownCsvColumnIsNamed() throws IOException {
        Path json = dir.resolve("broken.json");
        Files.writeString(json, "[\n" + JSON + ",\n{\"recordRef\": SECRET\n]");
        assertThatThrownBy(() -> RecordReader.read(json, new Collect())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("line 3").hasMessageNotContaining("SECRET");
        Path csv = dir.resolve("cols.csv");
        Files.writeString(csv, "recordRef,name\nR-1,someone\n");
        assertThatThrownBy(() -> RecordReader.read(csv, new Collect())).hasMessageContaining("'name'")
                .hasMessageNotContaining("someone");
    }
}

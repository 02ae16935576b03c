package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readers a host can use without any JSON library's types: a stream, a string with its format, or a map. */
class CodecReadersTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("lado.repository"), "examples",
            "teacher-pushed-pupil.yaml");

    @Test
    void aStreamAStringAndAFileGiveTheSameCase() throws IOException {
        LadoCase fromFile = LadoCodec.readCase(EXAMPLE);
        String yaml = Files.readString(EXAMPLE);
        String json = LadoCodec.toJson(fromFile);
        assertThat(LadoCodec.readCase(yaml, LadoCodec.Format.YAML)).isEqualTo(fromFile);
        assertThat(LadoCodec.readCase(json, LadoCodec.Format.JSON)).isEqualTo(fromFile);
        assertThat(LadoCodec.readCase(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
                LadoCodec.Format.YAML)).isEqualTo(fromFile);
        assertThat(LadoCodec.readCase(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                LadoCodec.Format.JSON)).isEqualTo(fromFile);
    }

    @Test
    void aMapWithDatesAsLocalDatesOrStringsIsReadAndValidated() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "lado-case/1");
        doc.put("caseRef", "MAP-1");
        doc.put("referralDate", LocalDate.of(2023, 10, 2));
        doc.put("subjects", List.of(Map.of("ref", "A", "role", "TEACHER", "setting", "SCHOOL",
                "engagement", "EMPLOYED", "worksWithChildren", true)));
        doc.put("concerns", List.of(Map.of("subject", "A", "indicator", "PHY_ASSAULT", "context", "AT_WORK",
                "incidentDate", "2023-09-29")));
        LadoCase lado = LadoCodec.readCase(doc);
        assertThat(lado.referralDate()).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(lado.concerns().get(0).incidentDate()).isEqualTo(LocalDate.of(2023, 9, 29));

        doc.put("referralDate", "2023-02-30");
        assertThatThrownBy(() -> LadoCodec.readCase(doc)).isInstanceOf(InvalidInputException.class)
                .hasMessage("referralDate: is not a real date as yyyy-mm-dd in the years 1900 to 2199");
    }

    @Test
    void jsonSentAsJsonIsNeverReadAsYaml() {
        // Valid YAML, but not JSON: a host that says JSON gets a JSON error, not a YAML reading of its text.
        assertThatThrownBy(() -> LadoCodec.readCase("schema: lado-case/1\n", LadoCodec.Format.JSON))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("is not valid JSON: the syntax breaks at line 1");
    }

    @Test
    void aSyntaxErrorGivesItsLineButNeverQuotesTheText() {
        String broken = "{\"schema\": \"lado-case/1\",\n \"caseRef\": Jane Smith}";
        assertThatThrownBy(() -> LadoCodec.readCase(broken, LadoCodec.Format.JSON))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("is not valid JSON: the syntax breaks at line 2")
                .hasMessageNotContaining("Jane");
    }

    @Test
    void anOutcomeReadsFromAStreamAndAMapAlike() throws IOException {
        Path example = EXAMPLE.resolveSibling("outcome-malicious-pupil.yaml");
        OutcomeCase fromFile = LadoCodec.readOutcome(example);
        assertThat(LadoCodec.readOutcome(Files.newInputStream(example), LadoCodec.Format.YAML)).isEqualTo(fromFile);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = new com.fasterxml.jackson.databind.ObjectMapper().readValue(
                LadoCodec.toJson(fromFile), Map.class);
        assertThat(LadoCodec.readOutcome(map)).isEqualTo(fromFile);
    }

    @Test
    void noProblemMessageQuotesTheValueItRejects() {
        String name = "Jane Smith";
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("schema", "lado-case/1");
        doc.put("caseRef", name);
        doc.put("referralDate", name);
        doc.put("subjects", List.of(Map.of("ref", name, "role", name, "setting", "SCHOOL")));
        doc.put("concerns", List.of(Map.of("subject", name, "indicator", name, "children", List.of(name))));
        assertThatThrownBy(() -> LadoCodec.readCase(doc)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(5);
            assertThat(e.getMessage()).doesNotContain("Jane");
        });
    }
}

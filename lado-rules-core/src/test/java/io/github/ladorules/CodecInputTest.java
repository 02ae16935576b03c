package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of reading a document: one UTF-8 document, a byte-order mark treated alike, patterns matched whole. */
class CodecInputTest {
    private static final String YAML = Cases.minimalYaml("COD-1");
    private static final String JSON = """
            {"schema": "lado-case/1", "caseRef": "COD-1", "referralDate": "2023-05-05",
             "subjects": [{"ref": "A", "role": "TEACHER", "setting": "SCHOOL", "engagement": "EMPLOYED",
                           "worksWithChildren": true, "currentlyInRole": true}],
             "children": [{"ref": "C1", "ageAtIncident": 9}],
             "concerns": [{"subject": "A", "children": ["C1"], "indicator": "PHY_ASSAULT", "context": "AT_WORK",
                           "injury": true}]}
            """;

    @TempDir
    Path dir;

    @Test
    void aReferenceWithATrailingLineBreakIsRefusedBecausePatternsMatchTheWholeValue() {
        assertThatThrownBy(() -> LadoCodec.readCase(JSON.replace("\"COD-1\"", "\"ABC\\n\"")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("caseRef: is not an opaque reference");
        assertThatThrownBy(() -> LadoCodec.readCase(JSON.replace("\"ref\": \"A\"", "\"ref\": \"A\\n\"")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("subjects[0].ref: is not an opaque reference");
        assertThatThrownBy(() -> LadoCodec.readCase(JSON.replace("\"2023-05-05\"", "\"2023-05-05\\n\"")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("referralDate: is not a real date as yyyy-mm-dd in the years 1900 to 2199");
    }

    @Test
    void aSecondYamlDocumentIsRefusedRatherThanIgnored() {
        assertThatThrownBy(() -> LadoCodec.readCase(YAML + "---\n" + YAML.replace("COD-1", "COD-2")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("holds more than one YAML document; an input is exactly one (remove everything after the"
                        + " first)");
        assertThatThrownBy(() -> LadoCodec.readCase(JSON + JSON)).isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("holds more than one JSON document");
        assertThat(LadoCodec.readCase("---\n" + YAML + "...\n").caseRef()).as("explicit markers around one document")
                .isEqualTo("COD-1");
    }

    @Test
    void aByteOrderMarkIsAcceptedInJsonAsInYaml() throws IOException {
        LadoCase plain = LadoCodec.readCase(YAML);
        assertThat(LadoCodec.readCase("\uFEFF" + YAML)).isEqualTo(plain);
        assertThat(LadoCodec.readCase("\uFEFF" + JSON)).isEqualTo(plain);
        Path json = dir.resolve("bom.json");
        Files.write(json, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, JSON));
        Path yaml = dir.resolve("bom.yaml");
        Files.write(yaml, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, YAML));
        assertThat(LadoCodec.readCase(json)).isEqualTo(plain);
        assertThat(LadoCodec.readCase(yaml)).isEqualTo(plain);
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheInputAndTheByte() throws IOException {
        byte[] latin1 = YAML.replace("COD-1", "COD-\u00e9").getBytes(StandardCharsets.ISO_8859_1);
        int offset = YAML.indexOf("COD-1") + 4;
        Path file = Files.write(dir.resolve("latin1.yaml"), latin1);

        assertThatThrownBy(() -> LadoCodec.readCase(file)).isInstanceOf(InvalidInputException.class)
                .hasMessage(file + " is not UTF-8 text: the byte at offset " + offset + " is not valid UTF-8; save it"
                        + " as UTF-8");
        assertThatThrownBy(() -> LadoCodec.readCase(latin1)).isInstanceOf(InvalidInputException.class)
                .hasMessage("the case is not UTF-8 text: the byte at offset " + offset + " is not valid UTF-8; save"
                        + " it as UTF-8");
    }

    @Test
    void theSameChildTwiceInOneConcernIsRefusedOnThatList() {
        assertThatThrownBy(() -> LadoCodec.readCase(YAML.replace("children: [C1]", "children: [C1, C1]")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("concerns[0].children: must have only unique items in the array");
    }

    @Test
    void bytesAreReadLikeAFile() {
        Decision fromBytes = TestEngine.ENGINE.evaluate(LadoCodec.readCase(YAML.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromBytes.recommendation()).isEqualTo(Recommendation.MEETS_THRESHOLD);
        assertThat(fromBytes.subjects().get(0).tier()).isEqualTo(5);
        assertThat(fromBytes.subjects().get(0).criteria())
                .contains(Criterion.HARMED_CHILD, Criterion.POSSIBLE_CRIMINAL_OFFENCE);
    }

    @Test
    void aSyntaxErrorGivesLineAndColumnButNotTheTextAroundIt() {
        assertThatThrownBy(() -> LadoCodec.readCase(JSON.replace("\"COD-1\",", "\"COD-1\" Jane Smith,")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("is not valid JSON: the syntax breaks at line 1, column")
                .hasMessageNotContaining("Jane");
        assertThatThrownBy(() -> LadoCodec.readCase(YAML.replace("caseRef: COD-1", "caseRef: [Jane Smith")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("is not valid YAML: the syntax breaks at line")
                .hasMessageNotContaining("Jane");
    }

    private static byte[] concat(byte[] head, String text) {
        byte[] tail = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }
}

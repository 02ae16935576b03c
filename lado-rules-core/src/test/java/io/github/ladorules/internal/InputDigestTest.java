package io.github.ladorules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/**
 * The canonical form behind {@code inputSha256}. The first tests pin the JCS library to the worked examples in
 * RFC 8785 (sections 3.2.2 and 3.2.3), so a change of library that broke the standard would fail here.
 */
class InputDigestTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("lado.repository"), "examples",
            "teacher-pushed-pupil.yaml");

    @Test
    void rfc8785_numbersStringsAndLiteralsAreWrittenInTheirOneCanonicalForm() throws IOException {
        String input = "{\n  \"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],\n"
                + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
                + "  \"literals\": [null, true, false]\n}";
        assertThat(new JsonCanonicalizer(input).getEncodedString()).isEqualTo(
                "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void rfc8785_propertiesAreSortedByUtf16CodeUnits() throws IOException {
        String input = "{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
                + "\"1\":\"One\",\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                + "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
        String canonical = new JsonCanonicalizer(input).getEncodedString();
        List<String> order = List.of("Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis",
                "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh");
        for (int i = 1; i < order.size(); i++) {
            assertThat(canonical.indexOf(order.get(i - 1))).as(order.get(i - 1) + " before " + order.get(i))
                    .isLessThan(canonical.indexOf(order.get(i)));
        }
    }

    @Test
    void theCanonicalFormSortsKeysHasNoSpacesAndLeavesUnknownFactsOut() {
        String canonical = InputDigest.canonicalJson(LadoCodec.readCase(EXAMPLE));
        assertThat(canonical).startsWith("{\"caseRef\":\"EX-2023-0142\",\"children\":[{\"ageAtIncident\":9,")
                .doesNotContain("null").doesNotContain(" \"").doesNotContain("significantHarmSuspected")
                .contains("\"circumstances\":{\"childInImmediateDanger\":false,\"evidenceShowsCouldNotHaveHappened\":false}");
    }

    @Test
    void anAbsentFactAndANullFactHashTheSameBecauseBothMeanUnknown() throws IOException {
        String text = Files.readString(EXAMPLE);
        String withoutTheNull = text.replace("  significantHarmSuspected: null\n", "");
        assertThat(withoutTheNull).isNotEqualTo(text);
        assertThat(InputDigest.sha256(LadoCodec.readCase(withoutTheNull)))
                .isEqualTo(InputDigest.sha256(LadoCodec.readCase(text)));
    }

    @Test
    void anyChangedFactChangesTheHash() throws IOException {
        String text = Files.readString(EXAMPLE);
        String original = InputDigest.sha256(LadoCodec.readCase(text));
        assertThat(original).matches("[0-9a-f]{64}");
        assertThat(InputDigest.sha256(LadoCodec.readCase(text.replace("injury: true", "injury: false"))))
                .isNotEqualTo(original);
        assertThat(InputDigest.sha256(LadoCodec.readCase(text.replace("ageAtIncident: 9", "ageAtIncident: 10"))))
                .isNotEqualTo(original);
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalJsonAsAHostWouldComputeIt() {
        LadoCase lado = LadoCodec.readCase(EXAMPLE);
        assertThat(InputDigest.sha256(lado)).isEqualTo(InputDigest.sha256Hex(InputDigest.canonicalJson(lado)));
        // Known value of SHA-256("abc") (FIPS 180-2), so the hex form and byte order are the usual ones.
        assertThat(InputDigest.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    /** The canonical form is written straight from the records; it must be the library's, byte for byte. */
    @Test
    void theDirectWriterGivesTheLibrarysBytesOnGeneratedCases() {
        GeneratedCases generator = new GeneratedCases(11L, LocalDate.of(2014, 9, 1), LocalDate.of(2026, 12, 31));
        for (int number = 0; number < 500; number++) {
            LadoCase lado = LadoCodec.readCase(generator.next(number, 3, 5).toString());
            assertThat(InputDigest.canonicalJson(lado)).isEqualTo(InputDigest.viaLibrary(lado));
        }
    }

    @Test
    void theDirectWriterEscapesStringsAsTheLibraryDoes() {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            if (!Character.isSurrogate(c)) {
                every.append(c);
            }
        }
        every.append("\ud83d\ude00/\u2028\u2029\ufeff\uffff");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put(every.toString(), List.of(every.toString(), 0, -7, 9_007_199_254_740_992L, true, false));
        input.put("\u20ac", "Euro Sign");
        input.put("\r", "Carriage Return");
        input.put("\ud83d\ude00", Map.of("b", 1, "a", List.of()));
        assertThat(InputDigest.canonicalJson(input)).isEqualTo(InputDigest.viaLibrary(input));
    }

    @Test
    void whatTheDirectWriterCannotWriteCanonicallyGoesThroughTheLibrary() {
        for (Object value : List.of(9_007_199_254_740_993L, -9_007_199_254_740_993L, 0.5, 1e30, 2.5f,
                new java.math.BigDecimal("4.50"), java.math.BigInteger.TEN, "lone \ud83d high", "lone \ude00 low",
                "ends high \ud83d")) {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("b", List.of(1, value));
            input.put("a", "before");
            assertThat(InputDigest.canonicalJson(input)).as(String.valueOf(value))
                    .isEqualTo(InputDigest.viaLibrary(input));
        }
        Map<String, Object> loneKey = Map.of("\udc00", 1, "a", 2);
        assertThat(InputDigest.canonicalJson(loneKey)).isEqualTo(InputDigest.viaLibrary(loneKey));
    }
}

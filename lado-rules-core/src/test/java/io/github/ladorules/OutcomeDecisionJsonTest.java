package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.internal.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lado-outcome-decision/1 document: SPEC section 7's fields, in its order, the same bytes every time. */
class OutcomeDecisionJsonTest {
    private static final Path EXAMPLE = Path.of(System.getProperty("lado.repository"), "examples",
            "outcome-malicious-pupil.yaml");

    @Test
    void the_shipped_example_is_written_with_the_spec_fields_in_order_and_an_explicit_null_retention_date()
            throws IOException {
        JsonNode json = Json.JSON.readTree(LadoCodec.toJson(TestEngine.ENGINE.classify(LadoCodec.readOutcome(EXAMPLE))));

        assertThat(fields(json)).containsExactly("schema", "caseRef", "edition", "engineVersion", "inputSha256",
                "outcome", "definition",
                "consequences", "reasons", "notice");
        assertThat(json.get("schema").asText()).isEqualTo("lado-outcome-decision/1");
        assertThat(fields(json.get("edition"))).containsExactly("id", "version", "rulesSha256");
        assertThat(json.at("/edition/id").asText()).isEqualTo("kcsie-2023");
        assertThat(json.get("outcome").asText()).isEqualTo("MALICIOUS");
        assertThat(fields(json.get("definition"))).containsExactly("text", "cite");
        assertThat(fields(json.at("/definition/cite"))).containsExactly("document", "paragraph", "url");
        assertThat(fields(json.get("consequences"))).containsExactly("personnelRecord", "retainUntil",
                "mentionInReferences", "dbsReferral", "traReferral", "actions");
        assertThat(json.at("/consequences/retainUntil").isNull()).isTrue();
        assertThat(json.at("/consequences/personnelRecord").asText()).isEqualTo("REMOVE_UNLESS_CONSENT");
        assertThat(fields(json.at("/reasons/0"))).containsExactly("rule", "text", "cite");
    }

    @Test
    void a_kept_record_has_its_retention_date_written_as_an_iso_date() throws IOException {
        OutcomeCase input = Investigations.finding(Evidence.PROVES).build();

        JsonNode json = Json.JSON.readTree(LadoCodec.toJson(TestEngine.ENGINE.classify(input)));

        assertThat(json.at("/consequences/retainUntil").asText()).isEqualTo("2049-07-02");
    }

    @Test
    void the_same_input_gives_byte_identical_json() {
        OutcomeCase input = LadoCodec.readOutcome(EXAMPLE);

        assertThat(LadoCodec.toJson(TestEngine.ENGINE.classify(input)))
                .isEqualTo(LadoCodec.toJson(TestEngine.ENGINE.classify(input)));
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.github.ladorules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.internal.Json;
import io.github.ladorules.internal.SchemaValidator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published output schemas agree with the Java model: their enums list exactly the model's values, and the
 * decisions the engine writes validate. (Every decision of the test-case corpus is checked in
 * {@code testcases.CorpusDecisionSchemaTest}.)
 */
class DecisionSchemasTest {
    static final SchemaValidator DECISION = SchemaValidator.load("/lado-rules/schemas/lado-decision-1.schema.json");
    static final SchemaValidator OUTCOME = SchemaValidator.load("/lado-rules/schemas/lado-outcome-decision-1.schema.json");
    private static final Path REPOSITORY = Path.of(System.getProperty("lado.repository"));

    @Test
    void theDecisionSchemaListsEveryValueOfTheModelsEnums() throws IOException {
        JsonNode schema = schema("lado-decision-1");
        assertThat(values(schema.at("/$defs/recommendation/enum"))).containsExactlyElementsOf(names(Recommendation.values()));
        assertThat(values(schema.at("/$defs/subject/properties/criteria/items/enum")))
                .containsExactlyElementsOf(names(Criterion.values()));
        assertThat(values(schema.at("/$defs/subject/properties/route/enum"))).containsExactlyElementsOf(names(Route.values()));
        assertThat(values(schema.at("/$defs/action/properties/code/enum"))).containsExactlyElementsOf(names(ActionCode.values()));
        assertThat(schema.at("/properties/notice/const").asText()).isEqualTo(Decision.NOTICE);
    }

    @Test
    void theOutcomeDecisionSchemaListsEveryValueOfTheModelsEnums() throws IOException {
        JsonNode schema = schema("lado-outcome-decision-1");
        assertThat(values(schema.at("/properties/outcome/enum"))).containsExactlyElementsOf(names(Outcome.values()));
        JsonNode consequences = schema.at("/properties/consequences/properties");
        assertThat(values(consequences.at("/personnelRecord/enum"))).containsExactlyElementsOf(names(PersonnelRecord.values()));
        assertThat(values(consequences.at("/dbsReferral/enum"))).containsExactlyElementsOf(names(DbsReferral.values()));
        assertThat(values(consequences.at("/traReferral/enum"))).containsExactlyElementsOf(names(TraReferral.values()));
        assertThat(values(consequences.at("/actions/items/enum"))).containsExactlyElementsOf(names(OutcomeAction.values()));
    }

    @Test
    void theShippedExamplesDecisionsValidateAndCarryTheAuditFields() {
        Decision decision = TestEngine.ENGINE.evaluate(LadoCodec.readCase(REPOSITORY.resolve("examples/teacher-pushed-pupil.yaml")));
        assertThat(problems(DECISION, decision)).isEmpty();
        assertThat(decision.inputSha256()).matches("[0-9a-f]{64}");
        assertThat(decision.engineVersion()).isEqualTo(LadoEngine.ENGINE_VERSION).doesNotContain("${");

        OutcomeDecision outcome = TestEngine.ENGINE.classify(LadoCodec.readOutcome(REPOSITORY.resolve("examples/outcome-malicious-pupil.yaml")));
        assertThat(problems(OUTCOME, outcome)).isEmpty();
        assertThat(outcome.inputSha256()).matches("[0-9a-f]{64}");
        assertThat(outcome.engineVersion()).isEqualTo(LadoEngine.ENGINE_VERSION);
    }

    @Test
    void aDecisionWithAWrongFieldFailsTheSchemaSoTheCheckCanFail() throws IOException {
        Decision decision = TestEngine.ENGINE.evaluate(Cases.single("2023-10-02", "PHY_ASSAULT"));
        JsonNode json = Json.JSON.readTree(LadoCodec.toJson(decision));
        ((com.fasterxml.jackson.databind.node.ObjectNode) json.get("subjects").get(0)).put("route", "NOWHERE");
        ((com.fasterxml.jackson.databind.node.ObjectNode) json).remove("inputSha256");
        assertThat(DECISION.problems(json)).extracting(InvalidInputException.Problem::field)
                .containsExactly("inputSha256", "subjects[0].route");
    }

    @Test
    void everyOutcomeDecisionOverAGridOfInvestigationsValidatesInEveryEdition() {
        int checked = 0;
        for (EditionInfo edition : TestEngine.ENGINE.editions()) {
            LocalDate referral = edition.inForceFrom().plusDays(30);
            for (Evidence evidence : Evidence.values()) {
                for (Boolean deception : Arrays.asList(true, false, null)) {
                    if (Boolean.TRUE.equals(deception) && evidence != Evidence.DISPROVES) {
                        continue;
                    }
                    for (Employment employment : Employment.values()) {
                        for (boolean sexual : List.of(true, false)) {
                            OutcomeCase c = new OutcomeCase(OutcomeCase.SCHEMA, "GRID-1", referral,
                                    new OutcomeCase.Subject(Role.TEACHER, LocalDate.of(1960, 1, 1), true),
                                    new OutcomeCase.Allegation(referral.minusDays(3), sexual, MadeBy.PUPIL),
                                    new OutcomeCase.Finding(evidence, deception), employment);
                            OutcomeDecision d = TestEngine.ENGINE.classify(c, edition.id());
                            assertThat(problems(OUTCOME, d)).as(edition.id() + " " + evidence + " " + employment).isEmpty();
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    static List<InvalidInputException.Problem> problems(SchemaValidator schema, Object decision) {
        try {
            return schema.problems(Json.JSON.readTree(LadoCodec.toJson(decision)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode schema(String name) throws IOException {
        return Json.JSON.readTree(REPOSITORY.resolve("schemas/" + name + ".schema.json").toFile());
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

}

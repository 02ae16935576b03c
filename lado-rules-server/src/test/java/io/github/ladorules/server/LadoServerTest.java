package io.github.ladorules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The service as a host uses it: a real server on a free loopback port, called with the JDK's HTTP client, and every
 * answer compared with what the engine itself gives.
 */
class LadoServerTest {
    static final Path REPOSITORY = Path.of(System.getProperty("lado.repository"));
    static final Path CASE = REPOSITORY.resolve("examples/teacher-pushed-pupil.yaml");
    static final Path OUTCOME = REPOSITORY.resolve("examples/outcome-malicious-pupil.yaml");
    static final long MAX_BODY = 64 * 1024;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static LadoServer server;
    private static Http http;
    private static LadoEngine engine;

    @BeforeAll
    static void start() throws Exception {
        server = LadoServer.start(ServerOptions.defaults().withLimits(MAX_BODY, 2, 4),
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
        http = Http.to(server);
        http.awaitReady();
        engine = LadoEngine.builder().build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static String caseJson() {
        return LadoCodec.toJson(LadoCodec.readCase(CASE));
    }

    @Test
    void bindsTheLoopbackAddressByDefaultOnTheFreePortItPicked() {
        assertThat(server.baseUrl()).isEqualTo("http://127.0.0.1:" + server.port());
        assertThat(server.port()).isPositive();
    }

    @Test
    void evaluateAnswersTheEnginesDecisionByteForByte() throws Exception {
        HttpResponse<String> r = http.post("/v1/evaluate", "application/json", caseJson());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.body()).isEqualTo(LadoCodec.toJson(engine.evaluate(LadoCodec.readCase(CASE))));
        JsonNode d = Schemas.JSON.readTree(r.body());
        assertThat(d.at("/recommendation").asText()).isEqualTo("MEETS_THRESHOLD");
        assertThat(d.at("/edition/id").asText()).isEqualTo("kcsie-2021");
        assertThat(d.at("/subjects/0/route").asText()).isEqualTo("LADO_REFERRAL");
        assertThat(d.at("/subjects/0/tier").asInt()).isEqualTo(5);
        assertThat(reasonIds(d)).contains("MTX-PHY-ASSAULT", "MOD-INJURY");
        assertThat(d.at("/inputSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(Schemas.published("lado-decision-1", r.body())).isEmpty();
    }

    @Test
    void yamlWithItsMediaTypeGivesTheSameBytesAsJson() throws Exception {
        HttpResponse<String> yaml = http.post("/v1/evaluate", "application/yaml", Files.readString(CASE));
        HttpResponse<String> json = http.post("/v1/evaluate", "application/json; charset=utf-8", caseJson());
        assertThat(yaml.statusCode()).isEqualTo(200);
        assertThat(yaml.body()).isEqualTo(json.body());
    }

    @Test
    void anEditionCanBePinnedWithAQueryParameter() throws Exception {
        HttpResponse<String> r = http.post("/v1/evaluate?edition=kcsie-2016", "application/json", caseJson());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = Schemas.JSON.readTree(r.body());
        assertThat(d.at("/edition/id").asText()).isEqualTo("kcsie-2016");
        assertThat(reasonIds(d)).contains("MTX-PHY-ASSAULT");

        HttpResponse<String> unknown = http.post("/v1/evaluate?edition=kcsie-1999", "application/json", caseJson());
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("edition");
    }

    @Test
    void outcomeClassifiesAFinishedInvestigation() throws Exception {
        HttpResponse<String> r = http.post("/v1/outcome", "application/yaml", Files.readString(OUTCOME));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(LadoCodec.toJson(engine.classify(LadoCodec.readOutcome(OUTCOME))));
        JsonNode d = Schemas.JSON.readTree(r.body());
        assertThat(d.at("/schema").asText()).isEqualTo("lado-outcome-decision/1");
        assertThat(d.at("/outcome").asText()).isEqualTo("MALICIOUS");
        assertThat(d.at("/consequences/personnelRecord").asText()).isEqualTo("REMOVE_UNLESS_CONSENT");
        assertThat(Schemas.published("lado-outcome-decision-1", r.body())).isEmpty();
    }

    @Test
    void invalidInputIs400NamingEveryFieldWithoutQuotingTheInput() throws Exception {
        String bad = caseJson().replace("\"EX-2023-0142\"", "\"Jane Smith\"").replace("\"TEACHER\"", "\"HEAD\"");
        HttpResponse<String> r = http.post("/v1/evaluate", "application/json", bad);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(fields(r)).containsExactly("caseRef", "subjects[0].role");
        // A value shaped like a code ("HEAD") may be quoted so a typo shows; a name never is.
        assertThat(r.body()).doesNotContain("Jane").doesNotContain("Exception");
        assertThat(Schemas.component(openApi(), "Problem", r.body())).isEmpty();

        HttpResponse<String> syntax = http.post("/v1/evaluate", "application/json", "{\"caseRef\": Jane Smith");
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(syntax.body()).contains("is not valid JSON: the syntax breaks at line 1").doesNotContain("Jane");
        assertThat(LOG.toString(StandardCharsets.UTF_8)).doesNotContain("Jane").doesNotContain("EX-2023");
    }

    @Test
    void theBatchAnswersEveryLineInOrderAndABadLineNeverStopsTheRun() throws Exception {
        String good = Responses.line(LadoCodec.readCase(CASE));
        String badRole = good.replace("\"TEACHER\"", "\"HEAD\"");
        String tooLong = "{\"pad\":\"" + "x".repeat((int) MAX_BODY) + "\"}";
        String body = String.join("\n", good, badRole, "not json", tooLong, good.replace("EX-2023-0142", "EX-2")) + "\n";
        HttpResponse<String> r = http.post("/v1/evaluate/batch", "application/x-ndjson", body);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo(Responses.line(engine.evaluate(LadoCodec.readCase(CASE))));
        JsonNode second = Schemas.JSON.readTree(lines.get(1));
        assertThat(second.get("line").asInt()).isEqualTo(2);
        assertThat(second.get("status").asInt()).isEqualTo(400);
        assertThat(second.at("/errors/0/field").asText()).isEqualTo("subjects[0].role");
        assertThat(Schemas.JSON.readTree(lines.get(2)).get("line").asInt()).isEqualTo(3);
        JsonNode fourth = Schemas.JSON.readTree(lines.get(3));
        assertThat(fourth.get("line").asInt()).isEqualTo(4);
        assertThat(fourth.get("status").asInt()).isEqualTo(413);
        JsonNode fifth = Schemas.JSON.readTree(lines.get(4));
        assertThat(fifth.get("caseRef").asText()).isEqualTo("EX-2");
        assertThat(fifth.get("recommendation").asText()).isEqualTo("MEETS_THRESHOLD");
        for (String line : lines) {
            JsonNode node = Schemas.JSON.readTree(line);
            assertThat(node.has("line") ? Schemas.component(openApi(), "BatchError", line)
                    : Schemas.published("lado-decision-1", line)).as(line).isEmpty();
        }
    }

    @Test
    void editionsListsEveryEditionWithItsVersionAndHash() throws Exception {
        HttpResponse<String> r = http.get("/v1/editions");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode editions = Schemas.JSON.readTree(r.body()).get("editions");
        List<String> ids = new ArrayList<>();
        editions.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).containsExactly("kcsie-2014", "kcsie-2015", "kcsie-2016", "kcsie-2020", "kcsie-2021", "kcsie-2023");
        assertThat(editions.get(3).get("rulesSha256").asText()).isEqualTo(engine.editions().get(3).rulesSha256());
        assertThat(Schemas.component(openApi(), "EditionList", r.body())).isEmpty();
    }

    @Test
    void rulesListsEveryRuleOfAnEditionWithItsTextAndCitation() throws Exception {
        HttpResponse<String> r = http.get("/v1/editions/kcsie-2023/rules");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode rules = Schemas.JSON.readTree(r.body()).get("rules");
        assertThat(rules.size()).isEqualTo(engine.rules("kcsie-2023").size());
        JsonNode assault = null;
        for (JsonNode rule : rules) {
            if (rule.get("id").asText().equals("MTX-PHY-ASSAULT")) {
                assault = rule;
            }
            assertThat(rule.get("file").asText()).doesNotContain("/").matches(".*(\\.drl|-matrix\\.yaml)");
        }
        assertThat(assault).isNotNull();
        assertThat(assault.at("/cite/paragraph").asText()).isEqualTo("356");
        assertThat(assault.at("/text").asText()).contains("assault");
        assertThat(Schemas.component(openApi(), "RuleList", r.body())).isEmpty();

        HttpResponse<String> missing = http.get("/v1/editions/kcsie-1999/rules");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void everyPublishedSchemaIsServedAsIsAndNoOtherFile() throws Exception {
        List<Path> files;
        try (Stream<Path> list = Files.list(REPOSITORY.resolve("schemas"))) {
            files = list.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertThat(files).hasSize(CatalogueEndpoints.SCHEMAS.size());
        for (Path file : files) {
            String name = file.getFileName().toString().replace(".schema.json", "");
            HttpResponse<String> r = http.get("/v1/schemas/" + name);
            assertThat(r.statusCode()).as(name).isEqualTo(200);
            assertThat(r.body()).isEqualTo(Files.readString(file));
        }
        assertThat(http.get("/v1/schemas/lado-case-1.questions").statusCode()).isEqualTo(404);
        assertThat(http.get("/v1/schemas/..%2Fpom.xml").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownPathsAre404AndWrongMethods405AsProblemDocuments() throws Exception {
        HttpResponse<String> notFound = http.get("/v2/evaluate");
        assertThat(notFound.statusCode()).isEqualTo(404);
        assertThat(notFound.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Schemas.component(openApi(), "Problem", notFound.body())).isEmpty();

        HttpResponse<String> getEvaluate = http.get("/v1/evaluate");
        assertThat(getEvaluate.statusCode()).isEqualTo(405);
        assertThat(getEvaluate.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(http.method("DELETE", "/v1/editions").statusCode()).isEqualTo(405);
    }

    @Test
    void aBodyOverTheLimitIs413() throws Exception {
        String big = caseJson().replace("\"schema\"", "\"pad\" : \"" + "x".repeat((int) MAX_BODY) + "\", \"schema\"");
        HttpResponse<String> r = http.post("/v1/evaluate", "application/json", big);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(Schemas.JSON.readTree(r.body()).get("title").asText()).isEqualTo("Body too large");
    }

    @Test
    void anUnsupportedOrMissingMediaTypeIs415() throws Exception {
        assertThat(http.post("/v1/evaluate", "text/plain", caseJson()).statusCode()).isEqualTo(415);
        assertThat(http.post("/v1/evaluate", null, caseJson()).statusCode()).isEqualTo(415);
        assertThat(http.post("/v1/evaluate/batch", "application/json", caseJson()).statusCode()).isEqualTo(415);
    }

    @Test
    void healthAndReadinessAnswer200OnceCompiled() throws Exception {
        assertThat(http.get("/health").body()).contains("\"up\"");
        assertThat(http.get("/ready").body()).contains("\"ready\"");
        assertThat(server.isReady()).isTrue();
    }

    @Test
    void noCorsHeadersUnlessConfigured() throws Exception {
        HttpResponse<String> r = http.post("/v1/evaluate", "application/json", caseJson(), "Origin", "https://example.org");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(r.headers().firstValue("Server")).isEmpty();
    }

    @Test
    void theAccessLogHoldsMethodPathStatusAndDurationButNoBody() throws Exception {
        http.post("/v1/evaluate", "application/json", caseJson());
        String log = LOG.toString(StandardCharsets.UTF_8);
        assertThat(log).containsPattern("access method=POST path=/v1/evaluate status=200 ms=[0-9.]+ incident=-");
        assertThat(log).doesNotContain("EX-2023-0142").doesNotContain("TEACHER").doesNotContain("PHY_ASSAULT");
    }

    static JsonNode openApi() throws IOException, InterruptedException {
        return Schemas.JSON.readTree(http.get("/openapi.json").body());
    }

    static List<String> reasonIds(JsonNode decision) {
        List<String> ids = new ArrayList<>();
        decision.at("/subjects/0/reasons").forEach(r -> ids.add(r.get("rule").asText()));
        return ids;
    }

    static List<String> fields(HttpResponse<String> r) throws IOException {
        List<String> fields = new ArrayList<>();
        Schemas.JSON.readTree(r.body()).path("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }
}

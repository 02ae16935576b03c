package io.github.ladorules.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET /openapi.json is a valid OpenAPI 3.1 document whose operations all point at schemas the service publishes. */
class OpenApiDocumentTest {
    private static LadoServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = LadoServer.start(ServerOptions.defaults(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8));
        http = Http.to(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void anIndependentOpenApiParserAcceptsTheDocumentWithoutAMessage() throws Exception {
        String document = http.get("/openapi.json").body();
        SwaggerParseResult result = parse(document);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
        assertThat(result.getOpenAPI().getInfo().getVersion()).isEqualTo(io.github.ladorules.LadoEngine.ENGINE_VERSION);
        assertThat(result.getOpenAPI().getPaths().keySet()).containsExactlyInAnyOrder("/v1/evaluate", "/v1/outcome",
                "/v1/evaluate/batch", "/v1/editions", "/v1/editions/{id}/rules", "/v1/schemas/{name}",
                "/openapi.json", "/health", "/ready");
    }

    @Test
    void theParserReportsABrokenDocumentSoTheCheckAboveCanFail() throws Exception {
        String broken = http.get("/openapi.json").body().replace("\"responses\"", "\"answers\"");
        assertThat(parse(broken).getMessages()).isNotEmpty();
    }

    @Test
    void everyRequestAndDecisionBodyReferencesAPublishedSchemaTheServiceServes() throws Exception {
        JsonNode doc = Schemas.JSON.readTree(http.get("/openapi.json").body());
        Set<String> refs = new TreeSet<>();
        collect(doc.get("paths"), refs);
        assertThat(refs).contains("/v1/schemas/lado-case-1", "/v1/schemas/lado-decision-1",
                "/v1/schemas/lado-outcome-1", "/v1/schemas/lado-outcome-decision-1");
        assertThat(doc.at("/paths/~1v1~1evaluate/post/requestBody/content/application~1yaml/schema/$ref").asText())
                .isEqualTo("/v1/schemas/lado-case-1");
        assertThat(doc.at("/paths/~1v1~1evaluate/post/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("/v1/schemas/lado-decision-1");
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(http.get(ref).statusCode()).as(ref).isEqualTo(200);
            }
        }
        List<String> operationsWithoutErrors = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
            if (op.getValue().path("responses").size() < 2 && !p.getKey().equals("/health")) {
                operationsWithoutErrors.add(p.getKey());
            }
        }));
        assertThat(operationsWithoutErrors).isEmpty();
    }

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIParser().readContents(document, null, options);
    }

    private static void collect(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> {
                if (f.getKey().equals("$ref")) {
                    refs.add(f.getValue().asText());
                } else {
                    collect(f.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, refs));
        }
    }
}

package io.github.ladorules.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ladorules.EditionInfo;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.RuleInfo;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** GET /v1/editions, /v1/editions/{id}/rules, /v1/schemas/{name} and /openapi.json: what the service knows. */
final class CatalogueEndpoints {
    /** The published schemas, by the name in their file (schemas/NAME.schema.json). */
    static final Set<String> SCHEMAS = Set.of("lado-case-1", "lado-outcome-1", "lado-decision-1",
            "lado-outcome-decision-1", "lado-test-case-1", "lado-profile-1", "lado-record-1", "lado-report-1");
    private static final String SCHEMA_FOLDER = "/lado-rules/schemas/";
    private final LadoEngine engine;
    private final String openApi;

    CatalogueEndpoints(LadoEngine engine) {
        this.engine = engine;
        this.openApi = OpenApiDocument.text();
    }

    void editions(Context ctx) {
        Responses.json(ctx, 200, Map.of("editions", engine.editions()));
    }

    void rules(Context ctx) {
        String id = ctx.pathParam("id");
        List<RuleInfo> rules;
        try {
            rules = engine.rules(id);
        } catch (InvalidInputException e) {
            throw ProblemException.notFound("no edition with that id; GET /v1/editions lists them");
        }
        EditionInfo edition = engine.editions().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("edition", edition.ref());
        // The file's name only: where the service keeps its rule files is none of a caller's business.
        body.put("rules", rules.stream().map(r -> new RuleInfo(r.edition(), r.id(), r.name(), r.text(), r.cite(),
                fileName(r.file()), r.line(), r.provision(), r.citationChecked(), r.inForceFrom(), r.inForceUntil()))
                .toList());
        Responses.json(ctx, 200, body);
    }

    void schema(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!SCHEMAS.contains(name)) {
            throw ProblemException.notFound("no schema with that name; they are " + SCHEMAS.stream().sorted().toList());
        }
        try (InputStream in = CatalogueEndpoints.class.getResourceAsStream(SCHEMA_FOLDER + name + ".schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the published schema " + name + " is missing from the class path");
            }
            ctx.status(200).contentType("application/schema+json").result(in.readAllBytes());
        }
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType(Responses.JSON).result(openApi);
    }

    private static String fileName(String file) {
        Path name = Path.of(file).getFileName();
        return name == null ? file : name.toString();
    }

    /** The hand-written OpenAPI document shipped beside this class, stamped with the engine version. */
    static final class OpenApiDocument {
        private OpenApiDocument() {
        }

        static String text() {
            try (InputStream in = CatalogueEndpoints.class.getResourceAsStream("openapi.json")) {
                if (in == null) {
                    throw new IllegalStateException("openapi.json is missing from the class path");
                }
                var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
                ObjectNode doc = (ObjectNode) mapper.readTree(in);
                ((ObjectNode) doc.get("info")).put("version", LadoEngine.ENGINE_VERSION);
                return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

package io.github.ladorules.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates response bodies against the published schemas and the OpenAPI document's components. */
final class Schemas {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private Schemas() {
    }

    /** Problems with a body against a published schema (schemas/NAME.schema.json, as shipped in the core jar). */
    static List<String> published(String name, String body) {
        try (InputStream in = Schemas.class.getResourceAsStream("/lado-rules/schemas/" + name + ".schema.json")) {
            return validate(FACTORY.getSchema(JSON.readTree(in)), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Problems with a body against {@code #/components/schemas/NAME} of an OpenAPI document. */
    static List<String> component(JsonNode openApi, String name, String body) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$ref", "#/components/schemas/" + name);
        root.set("components", openApi.get("components"));
        return validate(FACTORY.getSchema(root), body);
    }

    private static List<String> validate(JsonSchema schema, String body) {
        try {
            return schema.validate(JSON.readTree(body)).stream().map(ValidationMessage::getMessage).toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }
}

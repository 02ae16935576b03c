package io.github.ladorules.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.ladorules.LadoCodec;
import io.javalin.http.Context;
import java.util.Map;

/** Writes response bodies: the engine's own JSON where there is one, so HTTP and CLI answers are byte-identical. */
final class Responses {
    static final String JSON = "application/json";
    static final String LINES = "application/x-ndjson";
    private static final ObjectMapper COMPACT = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private Responses() {
    }

    /** A document as the core writes it ({@link LadoCodec#toJson}). */
    static void json(Context ctx, int status, Object value) {
        ctx.status(status).contentType(JSON).result(LadoCodec.toJson(value));
    }

    static void problem(Context ctx, Problem problem, Map<String, String> headers) {
        headers.forEach(ctx::header);
        ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(LadoCodec.toJson(problem));
    }

    /** The same content as {@link LadoCodec#toJson} on one line, for JSON Lines. */
    static String line(Object value) {
        try {
            return COMPACT.writeValueAsString(COMPACT.readTree(LadoCodec.toJson(value)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a document could not be written on one line", e);
        }
    }
}

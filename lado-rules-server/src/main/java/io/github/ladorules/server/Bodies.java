package io.github.ladorules.server;

import io.github.ladorules.LadoCodec;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads request bodies: the media type decides the format, and no more than the limit is ever held in memory. */
final class Bodies {
    static final String DOCUMENT_TYPES = "application/json or application/yaml";
    static final String LINES_TYPES = "application/x-ndjson (JSON Lines, one case per line)";

    private Bodies() {
    }

    /** JSON or YAML by Content-Type; anything else is a 415. */
    static LadoCodec.Format documentFormat(Context ctx) {
        switch (mediaType(ctx)) {
            case "application/json":
                return LadoCodec.Format.JSON;
            case "application/yaml":
            case "application/x-yaml":
            case "text/yaml":
                return LadoCodec.Format.YAML;
            default:
                throw ProblemException.unsupportedMediaType(DOCUMENT_TYPES);
        }
    }

    static void requireLines(Context ctx) {
        String type = mediaType(ctx);
        if (!type.equals("application/x-ndjson") && !type.equals("application/jsonl")) {
            throw ProblemException.unsupportedMediaType(LINES_TYPES);
        }
    }

    /** The whole body, or a 413 as soon as it passes the limit (before reading it when Content-Length says so). */
    static byte[] read(Context ctx, long limit) throws IOException {
        rejectDeclaredLength(ctx, limit);
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw ProblemException.tooLarge(limit);
            }
            return body;
        }
    }

    static void rejectDeclaredLength(Context ctx, long limit) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw ProblemException.tooLarge(limit);
        }
    }

    private static String mediaType(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon >= 0 ? type.substring(0, semicolon) : type).strip().toLowerCase(Locale.ROOT);
    }
}

package io.github.ladorules.server;

import io.github.ladorules.Decision;
import io.github.ladorules.InvalidInputException;
import io.github.ladorules.LadoCase;
import io.github.ladorules.LadoCodec;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.OutcomeCase;
import io.github.ladorules.OutcomeDecision;
import io.javalin.http.Context;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * POST /v1/evaluate, /v1/outcome and /v1/evaluate/batch: read the document, call the engine, write what it returns.
 * Parsing and validation run inside the bounded queue too, as they cost about as much as a short evaluation.
 */
final class DecisionEndpoints {
    private final LadoEngine engine;
    private final Admission admission;
    private final Failures failures;
    private final long maxBody;

    DecisionEndpoints(LadoEngine engine, Admission admission, Failures failures, long maxBody) {
        this.engine = engine;
        this.admission = admission;
        this.failures = failures;
        this.maxBody = maxBody;
    }

    void evaluate(Context ctx) throws Exception {
        LadoCodec.Format format = Bodies.documentFormat(ctx);
        String edition = edition(ctx);
        byte[] body = Bodies.read(ctx, maxBody);
        Decision decision = admission.run(() -> evaluate(LadoCodec.readCase(new ByteArrayInputStream(body), format),
                edition));
        Responses.json(ctx, 200, decision);
    }

    void outcome(Context ctx) throws Exception {
        LadoCodec.Format format = Bodies.documentFormat(ctx);
        String edition = edition(ctx);
        byte[] body = Bodies.read(ctx, maxBody);
        OutcomeDecision decision = admission.run(() -> {
            OutcomeCase input = LadoCodec.readOutcome(new ByteArrayInputStream(body), format);
            return edition == null ? engine.classify(input) : engine.classify(input, edition);
        });
        Responses.json(ctx, 200, decision);
    }

    /**
     * One output line per input line, in order, streamed: a bad line gets a problem object naming its line number and
     * fields, and the run goes on. The whole batch holds one worker, so a batch cannot starve single requests.
     */
    void batch(Context ctx) throws Exception {
        Bodies.requireLines(ctx);
        String edition = edition(ctx);
        admission.run(() -> {
            ctx.status(200).contentType(Responses.LINES);
            JsonLines lines = new JsonLines(new BufferedInputStream(ctx.bodyInputStream()), maxBody);
            Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            for (JsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                out.write(answer(line, edition));
                out.write('\n');
            }
            out.flush();
            return null;
        });
    }

    private String answer(JsonLines.Line line, String edition) {
        if (line.tooLong()) {
            return Responses.line(BatchError.of(line.number(),
                    Problem.of(413, "Line too large", "the line is over the limit of " + maxBody + " bytes (--max-body)")));
        }
        try {
            return Responses.line(evaluate(LadoCodec.readCase(line.text(), LadoCodec.Format.JSON), edition));
        } catch (Exception e) {
            return Responses.line(BatchError.of(line.number(), failures.toProblem(e, null)));
        }
    }

    private Decision evaluate(LadoCase lado, String edition) {
        return edition == null ? engine.evaluate(lado) : engine.evaluate(lado, edition);
    }

    /** The optional {@code ?edition=ID}; the engine itself checks that the edition exists. */
    private static String edition(Context ctx) {
        String edition = ctx.queryParam("edition");
        if (edition != null && edition.isBlank()) {
            throw InvalidInputException.of("edition", "is empty; leave it out to choose the edition by the referral date");
        }
        return edition;
    }
}

package io.github.ladorules.server;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.RulesException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns every failure into a problem document. Input problems become 400 with each field named; anything unexpected
 * becomes 500 with an incident id that the log carries too, and never a stack trace or exception message.
 */
final class Failures {
    static final String INCIDENT = "lado.incident";
    private final AccessLog log;
    private final boolean debug;

    Failures(AccessLog log, boolean debug) {
        this.log = log;
        this.debug = debug;
    }

    void handle(Exception e, Context ctx) {
        if (e instanceof ProblemException p) {
            Responses.problem(ctx, p.problem(), p.headers());
        } else if (e instanceof HttpResponseException h) {
            Responses.problem(ctx, Problem.of(h.getStatus(), title(h.getStatus()), detail(h.getStatus())), Map.of());
        } else {
            Responses.problem(ctx, toProblem(e, ctx), Map.of());
        }
    }

    /** The problem for an exception from the engine; shared by single requests and batch lines. */
    Problem toProblem(Exception e, Context ctx) {
        if (e instanceof InvalidInputException invalid) {
            return invalid(invalid);
        }
        if (e instanceof ProblemException p) {
            return p.problem();
        }
        String incident = UUID.randomUUID().toString();
        if (ctx != null) {
            ctx.attribute(INCIDENT, incident);
        }
        log.incident(incident, e, debug);
        if (e instanceof RulesException rules) {
            // Rule problems name files and lines, never case content: the operator needs them to fix the rules.
            rules.problems().forEach(p -> log.note("rules incident=" + incident + " " + p));
        }
        return new Problem("about:blank", "Internal error", 500,
                "the service could not answer; quote the incident id to its operator", null, incident);
    }

    static Problem invalid(InvalidInputException e) {
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
        return new Problem("about:blank", "Invalid input", 400, "the input was rejected; nothing was evaluated",
                errors, null);
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Body too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Bad request";
        };
    }

    private static String detail(int status) {
        return switch (status) {
            case 404 -> "no such resource; GET /openapi.json lists them";
            case 405 -> "this resource does not take that method; GET /openapi.json lists the methods";
            default -> null;
        };
    }
}

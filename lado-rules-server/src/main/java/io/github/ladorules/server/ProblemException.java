package io.github.ladorules.server;

import java.util.Map;

/** Ends a request with a problem document; thrown by handlers, written by {@link ProblemWriter}. */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;
    private final transient Map<String, String> headers;

    ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.title(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    Problem problem() {
        return problem;
    }

    Map<String, String> headers() {
        return headers;
    }

    static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(Problem.of(413, "Body too large",
                "the request body is over the limit of " + limit + " bytes (--max-body)"));
    }

    static ProblemException unsupportedMediaType(String allowed) {
        return new ProblemException(Problem.of(415, "Unsupported media type", "send the body as " + allowed));
    }

    static ProblemException overloaded() {
        return new ProblemException(Problem.of(503, "Overloaded",
                "every worker is busy and the queue is full; retry shortly"), Map.of("Retry-After", "1"));
    }

    static ProblemException unauthorized() {
        return new ProblemException(Problem.of(401, "Unauthorized",
                "send the service's bearer token in the Authorization header"),
                Map.of("WWW-Authenticate", "Bearer realm=\"lado-rules\""));
    }
}

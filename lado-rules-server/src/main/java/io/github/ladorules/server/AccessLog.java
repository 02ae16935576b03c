package io.github.ladorules.server;

import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One line per request: time, method, path, status, duration and incident id. Never a body, a query string or a
 * header: those may carry case content or the token. The path is cut short and stripped of control characters so a
 * crafted URL cannot forge log lines.
 */
final class AccessLog {
    private static final int MAX_PATH = 120;
    private final PrintStream out;

    AccessLog(PrintStream out) {
        this.out = out;
    }

    void request(String method, String path, int status, float millis, String incident) {
        out.printf("%s access method=%s path=%s status=%d ms=%.1f incident=%s%n",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), clean(method), clean(path), status, millis,
                incident == null ? "-" : incident);
    }

    /** An internal error, by incident id and exception type only: exception messages may quote case content. */
    void incident(String incident, Throwable error, boolean debug) {
        out.printf("%s error incident=%s type=%s%n", Instant.now().truncatedTo(ChronoUnit.MILLIS), incident,
                error.getClass().getName());
        if (debug) {
            error.printStackTrace(out);
        }
    }

    void note(String message) {
        out.printf("%s %s%n", Instant.now().truncatedTo(ChronoUnit.MILLIS), message);
    }

    static String clean(String text) {
        if (text == null) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(MAX_PATH).forEach(c -> b.append(c > 0x20 && c < 0x7f ? (char) c : '?'));
        return b.toString();
    }
}

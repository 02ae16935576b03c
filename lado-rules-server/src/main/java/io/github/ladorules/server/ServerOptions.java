package io.github.ladorules.server;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run the service. Safe by default: loopback only, no CORS, a 1 MiB body limit and a short queue.
 *
 * @param bind the address to listen on; {@code 127.0.0.1} unless the host is meant to reach it from elsewhere
 * @param port the port; 0 picks a free one
 * @param rulesDirectory editions from a folder instead of the jar, or null
 * @param profile a local profile (YAML), or null for the defaults
 * @param maxBodyBytes the largest request body, or batch line, accepted
 * @param threads how many requests evaluate at once
 * @param queue how many more may wait before the service answers 503
 * @param token the bearer token callers must send, or null for none
 * @param corsOrigins origins a browser may call from; empty for no CORS headers at all
 * @param debug print stack traces of internal errors to the log
 */
public record ServerOptions(String bind, int port, Path rulesDirectory, Path profile, long maxBodyBytes, int threads,
                            int queue, BearerToken token, List<String> corsOrigins, boolean debug) {
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;

    public ServerOptions {
        corsOrigins = corsOrigins == null ? List.of() : List.copyOf(corsOrigins);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be 0 to 65535");
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("--max-body must be at least 1024 bytes");
        }
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("--threads must be at least 1 and --queue at least 0");
        }
    }

    /** Loopback on a free port, the shipped editions, one thread per processor and a queue four times that. */
    public static ServerOptions defaults() {
        int cpus = Runtime.getRuntime().availableProcessors();
        return new ServerOptions(DEFAULT_BIND, 0, null, null, DEFAULT_MAX_BODY, cpus, 4 * cpus, null, List.of(), false);
    }

    public ServerOptions withPort(int port) {
        return new ServerOptions(bind, port, rulesDirectory, profile, maxBodyBytes, threads, queue, token, corsOrigins, debug);
    }

    public ServerOptions withRules(Path rulesDirectory, Path profile) {
        return new ServerOptions(bind, port, rulesDirectory, profile, maxBodyBytes, threads, queue, token, corsOrigins, debug);
    }

    public ServerOptions withLimits(long maxBodyBytes, int threads, int queue) {
        return new ServerOptions(bind, port, rulesDirectory, profile, maxBodyBytes, threads, queue, token, corsOrigins, debug);
    }

    public ServerOptions withToken(BearerToken token) {
        return new ServerOptions(bind, port, rulesDirectory, profile, maxBodyBytes, threads, queue, token, corsOrigins, debug);
    }

    public ServerOptions withCors(List<String> corsOrigins) {
        return new ServerOptions(bind, port, rulesDirectory, profile, maxBodyBytes, threads, queue, token, corsOrigins, debug);
    }
}

package io.github.ladorules.cli;

import io.github.ladorules.InvalidInputException;
import io.github.ladorules.server.BearerToken;
import io.github.ladorules.server.LadoServer;
import io.github.ladorules.server.ServerOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code lado-rules serve}: the HTTP service. Prints the address it listens on (so {@code --port 0} can be used by
 * scripts), writes the access log to standard error and runs until stopped (Ctrl-C or SIGTERM).
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the API over HTTP: POST /v1/evaluate, /v1/outcome and /v1/evaluate/batch, GET /v1/editions, "
                + "/v1/schemas/NAME, /openapi.json, /health and /ready. Listens on 127.0.0.1 unless --bind says "
                + "otherwise; put a TLS reverse proxy in front of it for any other caller.",
        footerHeading = "%nExamples:%n",
        footer = {"  lado-rules serve --port 8080",
                "  lado-rules serve --port 0 --token-file /etc/lado-rules/token",
                "  lado-rules serve --token-env LADO_TOKEN --threads 4 --max-body 2097152",
                "  curl -H 'Content-Type: application/yaml' --data-binary @case.yaml \\",
                "       http://127.0.0.1:8080/v1/evaluate"})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    EngineOptions options;

    @Mixin
    ProfileOption profile;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port (default ${DEFAULT-VALUE}); 0 picks a free one and prints it.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = ServerOptions.DEFAULT_BIND,
            description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String bind;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "The largest request body, or batch line, in bytes (default ${DEFAULT-VALUE}); larger is 413.")
    long maxBody;

    @Option(names = "--threads", paramLabel = "N",
            description = "Requests evaluated at once (default: one per processor).")
    Integer threads;

    @Option(names = "--queue", paramLabel = "N",
            description = "Requests that may wait for a thread before the service answers 503 (default: 4 per thread).")
    Integer queue;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Require 'Authorization: Bearer TOKEN', the token read from this file (at least 16 characters).")
    Path tokenFile;

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "Require a bearer token, read from this environment variable.")
    String tokenEnv;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "Allow browser calls from this origin (repeatable). Without it, no CORS headers are sent.")
    List<String> corsOrigins;

    @Override
    public Integer call() throws InterruptedException {
        ServerOptions defaults = ServerOptions.defaults();
        int workers = threads != null ? threads : defaults.threads();
        ServerOptions serverOptions;
        try {
            serverOptions = new ServerOptions(bind, port, options.rulesDirectory, profile.file, maxBody, workers,
                    queue != null ? queue : 4 * workers, token(), corsOrigins, options.debug);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("", e.getMessage());
        }
        LadoServer server = LadoServer.start(serverOptions, System.err);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "lado-rules-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("lado-rules: listening on " + server.baseUrl() + " (editions compile in the background; "
                + "GET /ready says when)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private BearerToken token() {
        if (tokenFile != null && tokenEnv != null) {
            throw InvalidInputException.of("--token-file", "give the token one way: --token-file or --token-env");
        }
        try {
            if (tokenFile != null) {
                return BearerToken.of(Files.readString(tokenFile));
            }
            if (tokenEnv != null) {
                String value = System.getenv(tokenEnv);
                if (value == null) {
                    throw InvalidInputException.of("--token-env", "the environment variable " + tokenEnv + " is not set");
                }
                return BearerToken.of(value);
            }
            return null;
        } catch (IOException e) {
            throw InvalidInputException.of("--token-file", "cannot read " + tokenFile + ": " + e.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(tokenFile != null ? "--token-file" : "--token-env", e.getMessage());
        }
    }
}

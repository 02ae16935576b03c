package io.github.ladorules.server;

import io.github.ladorules.EditionInfo;
import io.github.ladorules.LadoEngine;
import io.github.ladorules.LocalProfile;
import io.github.ladorules.RulesException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP service over one {@link LadoEngine}. It starts listening at once and compiles every edition in the
 * background; {@code GET /ready} answers 200 once that is done. Close it to stop.
 *
 * <pre>{@code
 * try (LadoServer server = LadoServer.start(ServerOptions.defaults(), System.err)) {
 *     System.out.println(server.baseUrl());   // http://127.0.0.1:PORT
 * }
 * }</pre>
 */
public final class LadoServer implements AutoCloseable {
    /** Jetty's own selector and acceptor threads, and room for health checks while every worker is busy. */
    private static final int SPARE_THREADS = 12;
    private final Javalin app;
    private final ServerOptions options;
    private final AtomicReference<Readiness> readiness = new AtomicReference<>(Readiness.COMPILING);

    private enum Readiness { COMPILING, READY, FAILED }

    private LadoServer(Javalin app, ServerOptions options) {
        this.app = app;
        this.options = options;
    }

    /**
     * Loads the editions and starts listening.
     *
     * @param log where the access log and incident lines go (never request bodies)
     * @throws RulesException if the editions cannot be read
     */
    public static LadoServer start(ServerOptions options, PrintStream log) {
        LadoEngine.Builder builder = LadoEngine.builder();
        if (options.rulesDirectory() != null) {
            builder.rulesDirectory(options.rulesDirectory());
        }
        if (options.profile() != null) {
            builder.profile(LocalProfile.read(options.profile()));
        }
        LadoEngine engine = builder.build();
        AccessLog accessLog = new AccessLog(log);
        Failures failures = new Failures(accessLog, options.debug());
        AtomicReference<LadoServer> self = new AtomicReference<>();
        Javalin app = Javalin.create(config -> configure(config, options, engine, accessLog, failures, self));
        LadoServer server = new LadoServer(app, options);
        self.set(server);
        app.start();
        server.compileInBackground(engine, accessLog);
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The address to call, for example {@code http://127.0.0.1:8080}. */
    public String baseUrl() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return "http://" + host + ":" + port();
    }

    /** True once every edition is compiled. */
    public boolean isReady() {
        return readiness.get() == Readiness.READY;
    }

    @Override
    public void close() {
        app.stop();
    }

    private void compileInBackground(LadoEngine engine, AccessLog log) {
        Thread compiler = new Thread(() -> {
            try {
                for (EditionInfo edition : engine.editions()) {
                    engine.rules(edition.id());
                }
                readiness.set(Readiness.READY);
                log.note("ready: " + engine.editions().size() + " editions compiled");
            } catch (RulesException e) {
                readiness.set(Readiness.FAILED);
                log.note("not ready: the rules could not be compiled");
                e.problems().forEach(p -> log.note("rules " + p));
            }
        }, "lado-rules-compile");
        compiler.setDaemon(true);
        compiler.start();
    }

    private void ready(Context ctx) {
        switch (readiness.get()) {
            case READY -> Responses.json(ctx, 200, Map.of("status", "ready"));
            case COMPILING -> Responses.problem(ctx, Problem.of(503, "Not ready", "the editions are being compiled"),
                    Map.of("Retry-After", "1"));
            case FAILED -> Responses.problem(ctx, Problem.of(503, "Not ready",
                    "the rules could not be compiled; the service log names the file and line"), Map.of());
        }
    }

    private static void configure(JavalinConfig config, ServerOptions options, LadoEngine engine, AccessLog log,
                                  Failures failures, AtomicReference<LadoServer> self) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = options.bind();
        config.jetty.port = options.port();
        QueuedThreadPool pool = new QueuedThreadPool(options.threads() + options.queue() + SPARE_THREADS,
                Math.min(8, options.threads() + SPARE_THREADS));
        pool.setName("lado-rules-http");
        config.jetty.threadPool = pool;
        config.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
        config.http.maxRequestSize = options.maxBodyBytes();
        config.http.prefer405over404 = true;
        config.http.generateEtags = false;
        if (!options.corsOrigins().isEmpty()) {
            config.bundledPlugins.enableCors(cors -> cors.addRule(rule -> options.corsOrigins().forEach(rule::allowHost)));
        }
        config.requestLogger.http((ctx, ms) -> log.request(ctx.method().name(), ctx.path(), ctx.statusCode(), ms,
                ctx.attribute(Failures.INCIDENT)));

        Admission admission = new Admission(options.threads(), options.queue());
        DecisionEndpoints decisions = new DecisionEndpoints(engine, admission, failures, options.maxBodyBytes());
        CatalogueEndpoints catalogue = new CatalogueEndpoints(engine);
        var routes = config.routes;
        routes.before(ctx -> authorize(ctx, options.token()));
        routes.get("/health", ctx -> Responses.json(ctx, 200, Map.of("status", "up")));
        routes.get("/ready", ctx -> self.get().ready(ctx));
        routes.get("/openapi.json", catalogue::openApi);
        routes.post("/v1/evaluate", decisions::evaluate);
        routes.post("/v1/evaluate/batch", decisions::batch);
        routes.post("/v1/outcome", decisions::outcome);
        routes.get("/v1/editions", catalogue::editions);
        routes.get("/v1/editions/{id}/rules", catalogue::rules);
        routes.get("/v1/schemas/{name}", catalogue::schema);
        routes.exception(Exception.class, failures::handle);
        routes.exception(HttpResponseException.class, failures::handle);
        // Javalin answers an unknown path or method itself, in plain text; make those problem documents too.
        for (int status : new int[] {404, 405}) {
            routes.error(status, ctx -> {
                String written = ctx.res().getContentType();
                if (written == null || !written.startsWith(Problem.MEDIA_TYPE)) {
                    failures.handle(new HttpResponseException(status), ctx);
                }
            });
        }
    }

    /** Liveness and readiness stay open to probes; everything else needs the token when one is set. */
    private static void authorize(Context ctx, BearerToken token) {
        if (token == null || ctx.path().equals("/health") || ctx.path().equals("/ready")
                || ctx.method().name().equals("OPTIONS")) {
            return;
        }
        if (!token.admits(ctx.header("Authorization"))) {
            throw ProblemException.unauthorized();
        }
    }
}
